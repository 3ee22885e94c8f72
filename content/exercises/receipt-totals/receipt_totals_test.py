import pytest
from receipt_totals import average_price, line_total, price_per_kilo, with_tax


@pytest.mark.task(taskno=1)
def test_line_total_multiplies_price_by_quantity() -> None:
    assert line_total(2.5, 4) == 10.0, "4 items at 2.50 cost 10.00"
    assert line_total(0.99, 3) == 2.97, "3 items at 0.99 cost 2.97"


@pytest.mark.task(taskno=1)
def test_line_total_is_rounded_to_cents() -> None:
    got = line_total(0.1, 3)
    assert got == 0.3, f"0.1 * 3 is 0.30000000000000004 in floats; round it to 0.3, got {got}"


@pytest.mark.task(taskno=1)
def test_line_total_rounds_bulk_prices_to_cents() -> None:
    got = line_total(1.799, 3)
    assert got == 5.4, f"3 kg at 1.799 cost 5.397 and the receipt shows 5.40, got {got}"


@pytest.mark.task(taskno=1)
def test_line_total_of_nothing_is_zero() -> None:
    assert line_total(4.99, 0) == 0.0, "zero items cost nothing"


@pytest.mark.task(taskno=2)
def test_with_tax_adds_the_percentage() -> None:
    got = with_tax(10.0, 20)
    assert got == 12.0, f"20 percent of 10.00 is 2.00, so the total is 12.00, got {got}"


@pytest.mark.task(taskno=2)
def test_with_tax_rounds_to_cents() -> None:
    got = with_tax(19.99, 7)
    assert got == 21.39, f"19.99 + 7 % (1.3993) = 21.3893, which rounds to 21.39, got {got}"


@pytest.mark.task(taskno=2)
def test_with_no_tax_the_amount_is_unchanged() -> None:
    assert with_tax(8.5, 0) == 8.5, "0 percent tax leaves 8.50 as it is"


@pytest.mark.task(taskno=3)
def test_average_price_keeps_the_decimals() -> None:
    got = average_price(10.0, 4)
    assert got == 2.5, f"10.00 over 4 items is 2.50 each (use /, not //), got {got}"


@pytest.mark.task(taskno=3)
def test_average_price_is_rounded_to_cents() -> None:
    got = average_price(10.0, 3)
    assert got == 3.33, f"10.00 / 3 = 3.333..., which rounds to 3.33, got {got}"


@pytest.mark.task(taskno=4)
def test_price_per_kilo_scales_the_pack_to_1000_grams() -> None:
    got = price_per_kilo(2.49, 750)
    assert got == 3.32, f"750 g for 2.49 is 3.32 per kilogram, got {got}"
    assert price_per_kilo(4.0, 2000) == 2.0, "2 kg for 4.00 is 2.00 per kilogram"


@pytest.mark.task(taskno=4)
def test_price_per_kilo_is_rounded_to_cents() -> None:
    got = price_per_kilo(1.0, 3)
    assert got == 333.33, f"3 g for 1.00 is 333.333... per kilogram, shown as 333.33, got {got}"
