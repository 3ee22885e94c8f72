import pytest
from receipt_formatting import money, receipt_line, share, total_line


@pytest.mark.task(taskno=1)
def test_money_always_has_two_decimals() -> None:
    assert money(3.5) == "3.50", "3.5 is written 3.50 on a receipt"
    assert money(12) == "12.00", "whole numbers get .00"


@pytest.mark.task(taskno=1)
def test_money_rounds_and_keeps_the_sign() -> None:
    assert money(2.499) == "2.50", "2.499 rounds to 2.50"
    assert money(-0.25) == "-0.25", "a refund keeps its minus sign"


@pytest.mark.task(taskno=1)
def test_money_rounds_halves_as_the_format_specification_does() -> None:
    assert money(2.675) == "2.67", "2.675 is stored just below the half: .2f gives 2.67"
    assert money(0.125) == "0.12", "0.125 is an exact half: .2f rounds it to the even 0.12"


@pytest.mark.task(taskno=2)
def test_receipt_line_total_uses_the_unit_price_as_given() -> None:
    got = receipt_line("Olive oil (dl)", 10, 1.299)
    want = "Olive oil (dl)   10 x    1.30    12.99"
    assert got == want, f"10 x 1.299 is 12.99\nexpected {want!r}\n     got {got!r}"


@pytest.mark.task(taskno=2)
def test_receipt_line_aligns_every_column() -> None:
    got = receipt_line("Flat white", 2, 3.8)
    want = "Flat white        2 x    3.80     7.60"
    assert got == want, f"\nexpected {want!r}\n     got {got!r}"


@pytest.mark.task(taskno=2)
def test_receipt_line_cuts_long_names() -> None:
    got = receipt_line("Sourdough loaf, sliced", 1, 4.5)
    want = "Sourdough loaf,   1 x    4.50     4.50"
    assert got == want, f"names stop after 16 characters\nexpected {want!r}\n     got {got!r}"


@pytest.mark.task(taskno=2)
def test_receipt_line_is_always_38_characters() -> None:
    got = receipt_line("Tea", 12, 125.0)
    assert got == "Tea              12 x  125.00  1500.00", f"got {got!r}"
    assert len(got) == 38, f"every line is 38 characters wide, this one is {len(got)}"


@pytest.mark.task(taskno=3)
def test_total_line_ends_under_the_line_totals() -> None:
    got = total_line(12.1)
    want = "TOTAL                            12.10"
    assert got == want, f"\nexpected {want!r}\n     got {got!r}"


@pytest.mark.task(taskno=4)
def test_share_formats_a_percentage_with_one_decimal() -> None:
    assert share(1, 8) == "12.5%", "1 of 8 is 12.5%"
    assert share(2, 3) == "66.7%", "2 of 3 is 66.666...%, written 66.7%"
    assert share(3, 3) == "100.0%", "all of it is 100.0%"


@pytest.mark.task(taskno=4)
def test_share_of_nothing_is_not_available() -> None:
    assert share(5, 0) == "n/a", "dividing by zero is impossible: write n/a"
    assert share(0, 4) == "0.0%", "none of it is 0.0%"
