import celsius_fahrenheit
import city_weather_report
import pytest


@pytest.mark.task(taskno=1)
def test_conversions() -> None:
    assert celsius_fahrenheit.to_fahrenheit(100) == 212, "water boils at 100 °C = 212 °F"
    assert celsius_fahrenheit.to_fahrenheit(-40) == -40, "-40 is the same in both scales"
    assert celsius_fahrenheit.to_celsius(212) == 100, "212 °F = 100 °C"
    assert celsius_fahrenheit.to_celsius(32) == 0, "water freezes at 32 °F = 0 °C"


@pytest.mark.task(taskno=1)
def test_conversions_there_and_back() -> None:
    for celsius in [21.5, 0, -10, 37]:
        back = celsius_fahrenheit.to_celsius(celsius_fahrenheit.to_fahrenheit(celsius))
        assert back == pytest.approx(celsius), f"{celsius} °C there and back gave {back}"


@pytest.mark.task(taskno=2)
def test_the_report_imports_the_conversion_module() -> None:
    assert getattr(city_weather_report, "celsius_fahrenheit", None) is celsius_fahrenheit, (
        "city_weather_report needs the line `import celsius_fahrenheit`"
    )
    assert (
        getattr(city_weather_report, "to_fahrenheit", None) is celsius_fahrenheit.to_fahrenheit
    ), (
        "city_weather_report needs `from celsius_fahrenheit import to_fahrenheit`, "
        "not a function of its own"
    )


@pytest.mark.task(taskno=2)
def test_the_report_has_no_copy_of_the_constant() -> None:
    assert not hasattr(city_weather_report, "ABSOLUTE_ZERO_C"), (
        "read the constant as celsius_fahrenheit.ABSOLUTE_ZERO_C instead of copying it"
    )


@pytest.mark.task(taskno=3)
def test_report_line() -> None:
    got = city_weather_report.report_line("Lyon", 21.5)
    assert got == "Lyon: 21.5 °C / 70.7 °F", f"got {got!r}"
    got = city_weather_report.report_line("Oslo", -10)
    assert got == "Oslo: -10.0 °C / 14.0 °F", f"one decimal, even for whole numbers: {got!r}"


@pytest.mark.task(taskno=4)
def test_is_possible() -> None:
    assert city_weather_report.is_possible(21.5) is True, "a warm day is possible"
    assert city_weather_report.is_possible(-273.15) is True, "absolute zero itself is allowed"
    assert city_weather_report.is_possible(-273.2) is False, "colder than absolute zero"


@pytest.mark.task(taskno=4)
def test_is_possible_reads_the_modules_constant() -> None:
    original = celsius_fahrenheit.ABSOLUTE_ZERO_C
    celsius_fahrenheit.ABSOLUTE_ZERO_C = 0.0
    try:
        assert city_weather_report.is_possible(-1) is False, (
            "is_possible must look the constant up in celsius_fahrenheit each time"
        )
    finally:
        celsius_fahrenheit.ABSOLUTE_ZERO_C = original
