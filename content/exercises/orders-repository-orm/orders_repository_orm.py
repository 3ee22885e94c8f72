"""An orders repository on SQLAlchemy 2's typed ORM.

Map the three tables with ``Mapped[...]`` annotations, ``mapped_column`` and
``relationship`` as described in the instructions, then implement the repository.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import DeclarativeBase

__all__ = [
    "Base",
    "Customer",
    "LineItem",
    "Order",
    "OrderLine",
    "OrderRepository",
    "make_engine",
]


class Base(DeclarativeBase):
    """Declarative base of the orders schema."""


class Customer:
    """Table ``customers``: id, unique e-mail, orders (oldest first)."""


class Order:
    """Table ``orders``: id, customer_id, status (default ``"open"``), customer, lines."""


class OrderLine:
    """Table ``order_lines``: id, order_id, sku, quantity, unit_price_cents, order."""


@dataclass(frozen=True, slots=True)
class LineItem:
    """One line of an order request."""

    sku: str
    quantity: int
    unit_price_cents: int


def make_engine(url: str = "sqlite://") -> Engine:
    """An engine with the schema created (in memory by default)."""
    raise NotImplementedError


class OrderRepository:
    """Each public method runs in its own transaction: all or nothing."""

    def __init__(self, engine: Engine) -> None:
        raise NotImplementedError

    def add_customer(self, email: str) -> int:
        """Store a customer (e-mail stripped and lower-cased); ``ValueError`` if taken."""
        raise NotImplementedError

    def place_order(self, customer_id: int, items: Sequence[LineItem]) -> int:
        """Create an open order with its lines and return its id."""
        raise NotImplementedError

    def cancel(self, order_id: int) -> None:
        """Mark an open order cancelled; ``ValueError`` if it already is."""
        raise NotImplementedError

    def order_total(self, order_id: int) -> int:
        """Sum of quantity x unit price over the order's lines, in cents."""
        raise NotImplementedError

    def order_ids(self, customer_id: int, status: str | None = None) -> list[int]:
        """Ids of a customer's orders, oldest first, optionally of one status."""
        raise NotImplementedError

    def revenue_by_customer(self) -> dict[str, int]:
        """Every customer's e-mail mapped to the cents of their non-cancelled orders."""
        raise NotImplementedError

    def top_skus(self, limit: int) -> list[tuple[str, int]]:
        """Best-selling SKUs by quantity over non-cancelled orders; ties by SKU."""
        raise NotImplementedError
