from collections.abc import Iterator
from typing import Any

import pytest

from linq_order_queries import (
    all_paid,
    distinct_items,
    first_big_order,
    order_counts,
    order_customer_names,
    order_page,
    totals_by_customer,
)


def order(id: int, customer: str, status: str, total: int, *items: str) -> dict[str, Any]:
    return {"id": id, "customer": customer, "status": status, "total": total, "items": list(items)}


ORDERS = [
    order(1, "c2", "paid", 500, "mug", "tea"),
    order(2, "c1", "paid", 1200, "kettle"),
    order(3, "c2", "open", 300, "tea"),
    order(4, "c3", "paid", 500, "mug", "spoon"),
    order(5, "c1", "paid", 700, "tea", "mug"),
    order(6, "c9", "paid", 50, "sugar"),
]
CUSTOMERS = [
    {"id": "c1", "name": "Ada", "country": "UK"},
    {"id": "c2", "name": "Grace", "country": "US"},
    {"id": "c3", "name": "Linus", "country": "FI"},
    {"id": "c4", "name": "Barbara", "country": "US"},
]


@pytest.mark.task(taskno=1)
def test_order_page_filters_sorts_and_pages() -> None:
    assert order_page(ORDERS, "paid", 1, 3) == [2, 5, 1], "biggest total first"
    assert order_page(ORDERS, "paid", 2, 3) == [4, 6], "ties keep the smaller id first"
    assert order_page(ORDERS, "paid", 3, 3) == [], "a page past the end is empty"
    assert order_page(ORDERS, "open", 1, 10) == [3]


@pytest.mark.task(taskno=1)
def test_order_page_rejects_bad_paging() -> None:
    with pytest.raises(ValueError, match="page"):
        order_page(ORDERS, "paid", 0, 3)
    with pytest.raises(ValueError, match="size"):
        order_page(ORDERS, "paid", 1, 0)


@pytest.mark.task(taskno=2)
def test_totals_by_customer() -> None:
    assert totals_by_customer(ORDERS) == [
        ("c1", 2, 1900),
        ("c2", 2, 800),
        ("c3", 1, 500),
        ("c9", 1, 50),
    ], "one row per customer, even when their orders are not next to each other"
    assert totals_by_customer([]) == []


@pytest.mark.task(taskno=3)
def test_inner_join_drops_orders_of_unknown_customers() -> None:
    assert order_customer_names(ORDERS, CUSTOMERS) == [
        (1, "Grace"),
        (2, "Ada"),
        (3, "Grace"),
        (4, "Linus"),
        (5, "Ada"),
    ]


@pytest.mark.task(taskno=3)
def test_group_join_keeps_customers_without_orders() -> None:
    assert order_counts(CUSTOMERS, ORDERS) == [
        ("Ada", 2),
        ("Grace", 2),
        ("Linus", 1),
        ("Barbara", 0),
    ]


@pytest.mark.task(taskno=4)
def test_distinct_items_in_order_of_first_appearance() -> None:
    assert distinct_items(ORDERS) == ["mug", "tea", "kettle", "spoon", "sugar"]


@pytest.mark.task(taskno=4)
def test_first_big_order_stops_reading_at_the_match() -> None:
    read: list[int] = []

    def stream() -> Iterator[dict[str, Any]]:
        for row in ORDERS:
            read.append(row["id"])
            yield row

    assert first_big_order(stream(), 1000) == 2
    assert read == [1, 2], f"like LINQ's deferred execution, stop at the first match: read {read}"
    assert first_big_order(ORDERS, 10_000) is None


@pytest.mark.task(taskno=4)
def test_all_paid() -> None:
    assert all_paid(ORDERS, "c1") is True
    assert all_paid(ORDERS, "c2") is False
    assert all_paid(ORDERS, "nobody") is True, "All() of nothing is true"
