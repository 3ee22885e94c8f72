"""Pricing readings (middle layer: uses the models only)."""

from decimal import ROUND_HALF_UP, Decimal

from .models import RATES

CENT = Decimal("0.01")


def price_readings(readings):
    """Each customer's total, computed exactly and rounded half-up to cents once."""
    sums = {}
    for reading in readings:
        sums[reading.customer] = sums.get(reading.customer, Decimal(0)) + (
            reading.quantity * RATES[reading.metric]
        )
    return {
        customer: sums[customer].quantize(CENT, rounding=ROUND_HALF_UP)
        for customer in sorted(sums)
    }
