"""Pricing readings (middle layer: uses the models only)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from .models import RATES, Reading

CENT = Decimal("0.01")


def price_readings(readings: Iterable[Reading]) -> dict[str, Decimal]:
    """Each customer's total, computed exactly and rounded half-up to cents once."""
    totals: dict[str, Decimal] = {}
    for reading in readings:
        cost = (reading.quantity * RATES[reading.metric]).quantize(CENT, ROUND_HALF_UP)
        totals[reading.customer] = totals.get(reading.customer, Decimal(0)) + cost
    return {
        customer: totals[customer].quantize(CENT, rounding=ROUND_HALF_UP)
        for customer in sorted(totals)
    }
