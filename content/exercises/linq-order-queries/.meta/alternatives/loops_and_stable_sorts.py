"""Plain loops and dicts instead of itertools, and descending order by two stable sorts
(``ThenBy`` key first, then ``reverse=True`` on the main key, which keeps ties in place)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

Order = Mapping[str, Any]
Customer = Mapping[str, Any]


def order_page(orders: Iterable[Order], status: str, page: int, size: int) -> list[int]:
    if page <= 0:
        raise ValueError("bad page")
    if size <= 0:
        raise ValueError("bad size")
    matching = [order for order in orders if order["status"] == status]
    matching.sort(key=lambda order: order["id"])
    matching.sort(key=lambda order: order["total"], reverse=True)
    chosen = matching[(page - 1) * size : page * size]
    return [order["id"] for order in chosen]


def totals_by_customer(orders: Iterable[Order]) -> list[tuple[str, int, int]]:
    counts: dict[str, int] = defaultdict(int)
    sums: dict[str, int] = defaultdict(int)
    for order in orders:
        counts[order["customer"]] += 1
        sums[order["customer"]] += order["total"]
    rows = sorted((customer, counts[customer], sums[customer]) for customer in counts)
    rows.sort(key=lambda row: row[2], reverse=True)
    return rows


def order_customer_names(
    orders: Iterable[Order], customers: Iterable[Customer]
) -> list[tuple[int, str]]:
    names = {}
    for customer in customers:
        names[customer["id"]] = customer["name"]
    joined = []
    for order in orders:
        name = names.get(order["customer"])
        if name is not None:
            joined.append((order["id"], name))
    return joined


def order_counts(customers: Iterable[Customer], orders: Iterable[Order]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for order in orders:
        counts[order["customer"]] = counts.get(order["customer"], 0) + 1
    return [(customer["name"], counts.get(customer["id"], 0)) for customer in customers]


def distinct_items(orders: Iterable[Order]) -> list[str]:
    seen: set[str] = set()
    items = []
    for order in orders:
        for item in order["items"]:
            if item not in seen:
                seen.add(item)
                items.append(item)
    return items


def first_big_order(orders: Iterable[Order], threshold: int) -> int | None:
    for order in orders:
        if order["total"] >= threshold:
            return int(order["id"])
    return None


def all_paid(orders: Iterable[Order], customer: str) -> bool:
    return not any(o["status"] != "paid" for o in orders if o["customer"] == customer)
