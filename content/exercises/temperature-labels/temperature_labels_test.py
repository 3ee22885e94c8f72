import pytest
from temperature_labels import comfort_label, heating_action, is_freezing, needs_alert


@pytest.mark.task(taskno=1)
def test_is_freezing_at_and_below_zero() -> None:
    assert is_freezing(-5) is True, "-5 °C is below zero: freezing"
    assert is_freezing(0) is True, "0 °C counts as freezing ('at or below 0')"
    assert is_freezing(0.5) is False, "0.5 °C is above zero: not freezing"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("celsius", "label"),
    [(-3, "cold"), (9.9, "cold"), (10, "cool"), (17.5, "cool"), (18, "comfortable")],
)
def test_comfort_label_bands_from_cold_to_comfortable(celsius: float, label: str) -> None:
    got = comfort_label(celsius)
    assert got == label, f"{celsius} °C is {label!r}, got {got!r}"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(("celsius", "label"), [(25, "comfortable"), (25.5, "hot"), (40, "hot")])
def test_comfort_label_top_of_the_range(celsius: float, label: str) -> None:
    got = comfort_label(celsius)
    assert got == label, f"{celsius} °C is {label!r} (25 is still comfortable), got {got!r}"


@pytest.mark.task(taskno=3)
def test_needs_alert_when_hot_and_humid() -> None:
    assert needs_alert(31, 70) is True, "31 °C with 70 % humidity needs an alert"
    assert needs_alert(31, 69) is False, "31 °C with 69 % humidity is still bearable"
    assert needs_alert(30, 90) is False, "30 °C is not *above* 30"


@pytest.mark.task(taskno=3)
def test_needs_alert_when_very_cold_whatever_the_humidity() -> None:
    assert needs_alert(-11, 10) is True, "below -10 °C always needs an alert"
    assert needs_alert(-10, 95) is False, "-10 °C itself is not below -10"


@pytest.mark.task(taskno=4)
def test_heating_turns_on_only_when_it_is_off() -> None:
    assert heating_action(17, False) == "turn on", "cold room, heating off: turn it on"
    assert heating_action(17, True) == "keep", "cold room, heating already on: keep it"


@pytest.mark.task(taskno=4)
def test_heating_turns_off_only_when_it_is_on() -> None:
    assert heating_action(23, True) == "turn off", "warm room, heating on: turn it off"
    assert heating_action(23, False) == "keep", "warm room, heating already off: keep it"


@pytest.mark.task(taskno=4)
def test_heating_keeps_its_state_between_19_and_22() -> None:
    assert heating_action(19, False) == "keep", "19 °C is not below 19"
    assert heating_action(22, True) == "keep", "22 °C is not above 22"
