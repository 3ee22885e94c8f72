"""WRONG: order_customer_names is a nested loop over customers for each order: a generator of
customers is exhausted after the first order.

Written blind. The visible tests alone do not catch it; the sealed set gives every function
generators in every seed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

Order = Mapping[str, Any]
Customer = Mapping[str, Any]


def order_page(orders: Iterable[Order], status: str, page: int, size: int) -> list[int]:
    if page < 1:
        raise ValueError(f"page must be at least 1, got {page}")
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    matching = sorted(
        (o for o in orders if o["status"] == status), key=lambda o: (-o["total"], o["id"])
    )
    start = (page - 1) * size
    return [o["id"] for o in matching[start : start + size]]


def totals_by_customer(orders: Iterable[Order]) -> list[tuple[str, int, int]]:
    counts: dict[str, int] = {}
    sums: dict[str, int] = {}
    for o in orders:
        c = o["customer"]
        counts[c] = counts.get(c, 0) + 1
        sums[c] = sums.get(c, 0) + o["total"]
    rows = [(c, counts[c], sums[c]) for c in counts]
    rows.sort(key=lambda r: (-r[2], r[0]))
    return rows


def order_customer_names(
    orders: Iterable[Order], customers: Iterable[Customer]
) -> list[tuple[int, str]]:
    return [(o["id"], c["name"]) for o in orders for c in customers if c["id"] == o["customer"]]


def order_counts(customers: Iterable[Customer], orders: Iterable[Order]) -> list[tuple[str, int]]:
    customers = list(customers)
    counts = Counter(o["customer"] for o in orders)
    return [(c["name"], counts.get(c["id"], 0)) for c in customers]


def distinct_items(orders: Iterable[Order]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for o in orders:
        for item in o["items"]:
            if item not in seen:
                seen.add(item)
                out.append(item)
    return out


def first_big_order(orders: Iterable[Order], threshold: int) -> int | None:
    for o in orders:
        if o["total"] >= threshold:
            return o["id"]
    return None


def all_paid(orders: Iterable[Order], customer: str) -> bool:
    return all(o["status"] == "paid" for o in orders if o["customer"] == customer)
