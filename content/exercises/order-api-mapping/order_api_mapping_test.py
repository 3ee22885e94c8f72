from typing import Any

import pytest
from odin.exceptions import ValidationError
from order_api_mapping import from_api, to_api

ROW = {
    "order_id": 1042,
    "customer_first": "Ann",
    "customer_last": "Lee",
    "amount_cents": 1999,
    "currency": "eur",
    "status": "P",
    "created_epoch": 1714564800,
    "internal_note": "VIP, call first",
}
ORDER = {
    "id": 1042,
    "customer": "Ann Lee",
    "total": "19.99",
    "currency": "EUR",
    "status": "paid",
    "created": "2024-05-01T12:00:00Z",
}


@pytest.mark.task(taskno=1)
def test_a_row_becomes_an_api_order_without_its_note() -> None:
    assert to_api(ROW) == ORDER


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("cents", "total"), [(5, "0.05"), (-50, "-0.50"), (0, "0.00"), (120, "1.20"), (-100, "-1.00")]
)
def test_totals_are_exact_with_two_places(cents: int, total: str) -> None:
    assert to_api({**ROW, "amount_cents": cents})["total"] == total


@pytest.mark.task(taskno=1)
def test_customer_parts_are_stripped_and_empty_ones_left_out() -> None:
    assert to_api({**ROW, "customer_first": " Ann ", "customer_last": ""})["customer"] == "Ann"
    assert to_api({**ROW, "customer_first": "", "customer_last": " "})["customer"] == ""


@pytest.mark.task(taskno=1)
def test_created_is_utc_whatever_the_local_zone() -> None:
    assert to_api({**ROW, "created_epoch": 0})["created"] == "1970-01-01T00:00:00Z"


@pytest.mark.task(taskno=1)
def test_bad_rows() -> None:
    with pytest.raises(ValueError, match="status"):
        to_api({**ROW, "status": "X"})
    for broken in ({**ROW, "order_id": None}, {**ROW, "amount_cents": "many"}):
        with pytest.raises(ValidationError):
            to_api(broken)
    missing = {key: value for key, value in ROW.items() if key != "currency"}
    with pytest.raises(ValidationError):
        to_api(missing)


@pytest.mark.task(taskno=2)
def test_an_api_order_becomes_a_row_with_an_empty_note() -> None:
    assert from_api(ORDER) == {**ROW, "internal_note": ""}


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("customer", "first", "last"),
    [("Mary Ann van Dyke", "Mary", "Ann van Dyke"), ("  Cher ", "Cher", ""), ("", "", "")],
)
def test_customer_splits_at_the_first_space(customer: str, first: str, last: str) -> None:
    row = from_api({**ORDER, "customer": customer})
    assert (row["customer_first"], row["customer_last"]) == (first, last)


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(("total", "cents"), [("12.3", 1230), ("-0.05", -5), ("7", 700)])
def test_totals_become_exact_cents(total: str, cents: int) -> None:
    assert from_api({**ORDER, "total": total})["amount_cents"] == cents


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    "change",
    [
        {"total": "12.345"},
        {"total": "1e3"},
        {"currency": "euro"},
        {"status": "Paid"},
        {"created": "2024-05-01T12:00:00+00:00"},
    ],
)
def test_bad_orders_raise_value_error(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        from_api({**ORDER, **change})
