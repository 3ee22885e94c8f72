"""Refund policy of a web shop: how much of an order a customer gets back, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["Order", "Refund", "refund"]

WINDOW_DAYS = {"standard": 14, "gold": 14}
RESTOCKING_FEE = Decimal("0.20")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Order:
    """What the refund depends on: the total paid, the delivery day, whether the customer
    opened the items, and the customer's tier (``standard`` or ``gold``)."""

    total: Decimal
    delivered_on: date
    opened: bool = False
    tier: str = "standard"


@dataclass(frozen=True)
class Refund:
    """The amount given back and the reason shown to the customer."""

    amount: Decimal
    reason: str


def refund(order: Order, requested_on: date) -> Refund:
    """The refund for ``order`` when the customer asks on ``requested_on``."""
    if requested_on < order.delivered_on:
        raise ValueError("a refund cannot be requested before delivery")
    if (requested_on - order.delivered_on).days > WINDOW_DAYS[order.tier]:
        return Refund(Decimal("0.00"), "window closed")
    if order.opened and order.tier != "gold":
        kept = (order.total * (1 - RESTOCKING_FEE)).quantize(CENT, rounding=ROUND_HALF_UP)
        return Refund(kept, "restocking fee")
    return Refund(order.total, "full refund")
