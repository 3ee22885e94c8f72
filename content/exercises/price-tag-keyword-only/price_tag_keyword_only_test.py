import pytest
from price_tag_keyword_only import csv_row, format_amount, resize


@pytest.mark.task(taskno=1)
def test_format_amount_with_the_defaults() -> None:
    got = format_amount(12.5)
    assert got == "12.50 EUR", f"two decimals and EUR by default, got {got!r}"


@pytest.mark.task(taskno=1)
def test_format_amount_with_options_by_name() -> None:
    got = format_amount(1999, currency="JPY", decimals=0)
    assert got == "1999 JPY", f"no decimals for yen, got {got!r}"
    got = format_amount(0.125, decimals=3)
    assert got == "0.125 EUR", f"three decimals, default currency, got {got!r}"


@pytest.mark.task(taskno=1)
def test_format_amount_refuses_options_by_position() -> None:
    with pytest.raises(TypeError):
        format_amount(12.5, "USD")  # type: ignore[misc]
    with pytest.raises(TypeError):
        format_amount(12.5, "USD", 0)  # type: ignore[misc]


@pytest.mark.task(taskno=2)
def test_csv_row_joins_fields_of_any_type() -> None:
    got = csv_row("sku-1", "Mug", 7.5, 3)
    assert got == "sku-1,Mug,7.5,3", f"each field written with str(), got {got!r}"
    assert csv_row() == "", "no fields give an empty row"


@pytest.mark.task(taskno=2)
def test_csv_row_with_another_separator() -> None:
    got = csv_row("sku-1", "Mug", 7.5, sep=";")
    assert got == "sku-1;Mug;7.5", f"sep is given by name, got {got!r}"
    got = csv_row(";", "x")
    assert got == ";,x", f"a positional ';' is a field, not the separator; got {got!r}"


@pytest.mark.task(taskno=3)
def test_resize_shrinks_by_the_longer_side() -> None:
    got = resize(4000, 3000, max_side=1000)
    assert got == (1000, 750), f"landscape: width becomes 1000, got {got!r}"
    got = resize(600, 1800, max_side=900)
    assert got == (300, 900), f"portrait: height is the longer side, got {got!r}"


@pytest.mark.task(taskno=3)
def test_resize_leaves_small_photos_alone() -> None:
    assert resize(640, 480, max_side=1000) == (640, 480), "already small enough"
    assert resize(1000, 1000, max_side=1000) == (1000, 1000), "exactly max_side is fine"


@pytest.mark.task(taskno=3)
def test_resize_rounds_down_but_keeps_one_pixel() -> None:
    got = resize(1000, 999, max_side=500)
    assert got == (500, 499), f"999 * 500 / 1000 = 499.5 rounds down to 499, got {got!r}"
    got = resize(5000, 3, max_side=100)
    assert got == (100, 1), f"a side never shrinks below 1 pixel, got {got!r}"


@pytest.mark.task(taskno=3)
def test_resize_needs_max_side_by_name() -> None:
    with pytest.raises(TypeError):
        resize(4000, 3000, 1000)  # type: ignore[misc]
    with pytest.raises(TypeError):
        resize(4000, 3000)  # type: ignore[call-arg]
