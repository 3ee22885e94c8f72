"""Builds the list of all matching ids and takes the first.

The answer is right, but every order is read (and kept) before answering, where LINQ's
``FirstOrDefault`` and a generator expression stop at the first match: on a stream of a
million orders that is the difference. The visible tests catch it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import chain, groupby, islice
from operator import itemgetter
from typing import Any

Order = Mapping[str, Any]
Customer = Mapping[str, Any]


def order_page(orders: Iterable[Order], status: str, page: int, size: int) -> list[int]:
    """Ids of the orders with ``status``, biggest total first (ties: smaller id first),
    page ``page`` of pages of ``size``."""
    if page < 1:
        raise ValueError(f"page must be at least 1, got {page}")
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    matching = sorted(
        (order for order in orders if order["status"] == status),
        key=lambda order: (-order["total"], order["id"]),
    )
    start = (page - 1) * size
    return [order["id"] for order in islice(matching, start, start + size)]


def totals_by_customer(orders: Iterable[Order]) -> list[tuple[str, int, int]]:
    """``(customer, number of orders, sum of totals)``, biggest sum first, ties by name."""
    by_customer = itemgetter("customer")
    groups = []
    for customer, group in groupby(sorted(orders, key=by_customer), key=by_customer):
        totals = [order["total"] for order in group]
        groups.append((customer, len(totals), sum(totals)))
    return sorted(groups, key=lambda row: (-row[2], row[0]))


def order_customer_names(
    orders: Iterable[Order], customers: Iterable[Customer]
) -> list[tuple[int, str]]:
    """Inner join: ``(order id, customer name)`` in order order; unknown customers dropped."""
    names = {customer["id"]: customer["name"] for customer in customers}
    return [
        (order["id"], names[order["customer"]]) for order in orders if order["customer"] in names
    ]


def order_counts(customers: Iterable[Customer], orders: Iterable[Order]) -> list[tuple[str, int]]:
    """Group join: every customer's name with their number of orders, zero included, in
    customer order."""
    counts = Counter(order["customer"] for order in orders)
    return [(customer["name"], counts[customer["id"]]) for customer in customers]


def distinct_items(orders: Iterable[Order]) -> list[str]:
    """Every item of every order, each once, in order of first appearance."""
    return list(dict.fromkeys(chain.from_iterable(order["items"] for order in orders)))


def first_big_order(orders: Iterable[Order], threshold: int) -> int | None:
    """The id of the first order with a total of at least ``threshold``, or ``None``; stops
    reading ``orders`` at that order."""
    matches = [order["id"] for order in orders if order["total"] >= threshold]
    return matches[0] if matches else None


def all_paid(orders: Iterable[Order], customer: str) -> bool:
    """Whether every order of ``customer`` is paid (true when there is none)."""
    return all(order["status"] == "paid" for order in orders if order["customer"] == customer)
