from decimal import Decimal

import pytest
from bankers_rounding_invoices import invoice_total, line_total, split_evenly, to_money

D = Decimal


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("2.345", "2.34"),
        ("2.355", "2.36"),
        ("0.125", "0.12"),
        ("0.135", "0.14"),
        ("-1.005", "-1.00"),
        (" 7 ", "7.00"),
        (42, "42.00"),
        (D("19.999"), "20.00"),
    ],
)
def test_to_money_rounds_half_to_even(raw: str | int | Decimal, want: str) -> None:
    got = to_money(raw)
    assert got == D(want), f"banker's rounding of {raw!r} is {want}, got {got}"
    assert got.as_tuple().exponent == -2, f"money always has two decimal places, got {got}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("raw", [1.1, True, None, [1]])
def test_to_money_rejects_floats_and_other_types(raw: object) -> None:
    with pytest.raises(TypeError):
        to_money(raw)  # type: ignore[arg-type]


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("raw", ["", "abc", "1,50", "NaN", "Infinity", D("-inf")])
def test_to_money_rejects_non_numbers_and_non_finite(raw: str | Decimal) -> None:
    with pytest.raises(ValueError):
        to_money(raw)


@pytest.mark.task(taskno=2)
def test_line_total_multiplies_rounded_prices() -> None:
    assert line_total("0.333", 3) == D("0.99"), "the unit price is rounded to 0.33 first"
    assert line_total("19.99", 0) == D("0.00"), "zero units cost nothing"
    assert line_total(D("1.25"), 4) == D("5.00")


@pytest.mark.task(taskno=2)
def test_line_total_rejects_negative_quantities() -> None:
    with pytest.raises(ValueError):
        line_total("1.00", -1)


@pytest.mark.task(taskno=3)
def test_invoice_total_rounds_tax_on_the_subtotal() -> None:
    got = invoice_total([("1.50", 1), ("0.75", 2)], D("0.125"))
    assert got == (D("3.00"), D("0.38"), D("3.38")), f"0.375 rounds to 0.38 (8 is even), got {got}"
    got = invoice_total([("1.00", 1)], D("0.125"))
    assert got == (D("1.00"), D("0.12"), D("1.12")), f"0.125 rounds down to 0.12, got {got}"


@pytest.mark.task(taskno=3)
def test_invoice_total_of_no_lines_is_zero_with_cents() -> None:
    subtotal, tax, total = invoice_total([], D("0.2"))
    assert (subtotal, tax, total) == (D(0), D(0), D(0)), "an empty invoice is free"
    assert str(total) == "0.00", f"zero is still shown with cents, got {total}"


@pytest.mark.task(taskno=3)
def test_invoice_total_accepts_zero_rate_and_rejects_out_of_range() -> None:
    assert invoice_total([("9.99", 2)], D("0")) == (D("19.98"), D("0.00"), D("19.98"))
    assert invoice_total([("1.00", 1)], D("0.999"))[1] == D("1.00"), "0.999 is below 1"
    for bad in (D("1"), D("-0.01"), D("1.5")):
        with pytest.raises(ValueError):
            invoice_total([("1.00", 1)], bad)


@pytest.mark.task(taskno=4)
def test_split_evenly_gives_the_extra_cents_to_the_first_parts() -> None:
    got = split_evenly(D("100.00"), 3)
    assert got == [D("33.34"), D("33.33"), D("33.33")], f"one leftover cent goes first, got {got}"
    got = split_evenly(D("0.05"), 3)
    assert got == [D("0.02"), D("0.02"), D("0.01")], f"two leftover cents, got {got}"
    assert sum(split_evenly(D("10.01"), 7)) == D("10.01"), "the parts always add up"


@pytest.mark.task(taskno=4)
def test_split_evenly_edge_cases() -> None:
    assert split_evenly(D("12.34"), 1) == [D("12.34")], "one part is the whole amount"
    assert split_evenly(D("0.02"), 4) == [D("0.01"), D("0.01"), D("0.00"), D("0.00")]
    assert split_evenly(D("0"), 2) == [D("0.00"), D("0.00")], "nothing to share"
    assert split_evenly(D("9.00"), 3) == [D("3.00")] * 3, "no leftover when it divides"


@pytest.mark.task(taskno=4)
def test_split_evenly_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        split_evenly(D("1.00"), 0)
    with pytest.raises(ValueError):
        split_evenly(D("-0.01"), 2)
