import pytest
from coffee_order_receipt import format_cents, line_total, receipt_line, split_bill


@pytest.mark.task(taskno=1)
def test_line_total_multiplies_price_by_quantity() -> None:
    got = line_total(350, 2)
    assert got == 700, f"two items at 350 cents cost 700 cents, but line_total returned {got!r}"


@pytest.mark.task(taskno=1)
def test_line_total_of_one_and_of_none() -> None:
    assert line_total(275, 1) == 275, "one item costs its unit price"
    assert line_total(275, 0) == 0, "zero items cost nothing"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("cents", "want"),
    [(700, "7.00"), (705, "7.05"), (750, "7.50"), (5, "0.05"), (0, "0.00"), (123456, "1234.56")],
)
def test_format_cents_always_shows_two_digits_of_cents(cents: int, want: str) -> None:
    got = format_cents(cents)
    assert got == want, f"{cents} cents should be shown as {want!r}, got {got!r}"


@pytest.mark.task(taskno=3)
def test_receipt_line_returns_the_text() -> None:
    got = receipt_line("Latte", 350, 2)
    assert got is not None, "receipt_line must return the line; printing it returns None"
    assert got == "2 x Latte: 7.00", f"expected '2 x Latte: 7.00', got {got!r}"


@pytest.mark.task(taskno=3)
def test_receipt_line_keeps_the_item_name_as_given() -> None:
    got = receipt_line("Café crème", 305, 3)
    assert got == "3 x Café crème: 9.15", f"3 x 305 cents is 9.15, got {got!r}"


@pytest.mark.task(taskno=4)
def test_split_bill_returns_share_and_leftover() -> None:
    got = split_bill(1000, 3)
    assert got == (333, 1), f"1000 cents for 3 people: 333 each and 1 left over, got {got!r}"


@pytest.mark.task(taskno=4)
def test_split_bill_that_divides_evenly() -> None:
    share, leftover = split_bill(1000, 4)
    assert (share, leftover) == (250, 0), "1000 cents for 4 people: 250 each, nothing left"
    assert split_bill(999, 1) == (999, 0), "one person pays everything"


@pytest.mark.task(taskno=4)
def test_split_bill_shares_stay_whole_cents() -> None:
    share, leftover = split_bill(10, 4)
    assert isinstance(share, int), f"the share is whole cents (an int), got {share!r}"
    assert (share, leftover) == (2, 2), (
        f"10 cents for 4 people: 2 each, 2 left, got {share, leftover}"
    )
