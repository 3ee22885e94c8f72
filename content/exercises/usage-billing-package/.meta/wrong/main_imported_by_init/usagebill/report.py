"""Formatting a bill (top layer of the library: knows only amounts)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal


def format_bill(totals: Mapping[str, Decimal], currency: str = "EUR") -> str:
    """One ``customer: amount CUR`` line per customer (by name), then the ``TOTAL`` line."""
    lines = [f"{customer}: {totals[customer]:.2f} {currency}" for customer in sorted(totals)]
    lines.append(f"TOTAL: {sum(totals.values(), Decimal(0)):.2f} {currency}")
    return "\n".join(lines)
