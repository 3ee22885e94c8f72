"""LINQ queries from the C# order service, translated to Python: implement them below."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

Order = Mapping[str, Any]
Customer = Mapping[str, Any]


def order_page(orders: Iterable[Order], status: str, page: int, size: int) -> list[int]:
    raise NotImplementedError


def totals_by_customer(orders: Iterable[Order]) -> list[tuple[str, int, int]]:
    raise NotImplementedError


def order_customer_names(
    orders: Iterable[Order], customers: Iterable[Customer]
) -> list[tuple[int, str]]:
    raise NotImplementedError


def order_counts(customers: Iterable[Customer], orders: Iterable[Order]) -> list[tuple[str, int]]:
    raise NotImplementedError


def distinct_items(orders: Iterable[Order]) -> list[str]:
    raise NotImplementedError


def first_big_order(orders: Iterable[Order], threshold: int) -> int | None:
    raise NotImplementedError


def all_paid(orders: Iterable[Order], customer: str) -> bool:
    raise NotImplementedError
