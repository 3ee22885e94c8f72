"""Usage readings and the price list (the bottom layer: imports nothing from the package)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: Price per unit of each metric, in the bill's currency.
RATES: dict[str, Decimal] = {
    "cpu_hours": Decimal("0.045"),
    "gb_storage": Decimal("0.023"),
    "api_calls": Decimal("0.0004"),
}


@dataclass(frozen=True)
class Reading:
    """One metered quantity for one customer."""

    customer: str
    metric: str
    quantity: Decimal
