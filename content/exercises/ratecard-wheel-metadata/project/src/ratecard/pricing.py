"""Rate cards and the pricing of usage lines."""

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

__all__ = ["Rate", "RateCard", "UsageLine", "price_usage"]


@dataclass(frozen=True)
class Rate:
    """What one unit of a metric costs, at peak and off-peak hours."""

    peak: Decimal
    off_peak: Decimal


@dataclass(frozen=True)
class RateCard:
    """The rates of each metric, and the local hours ``[peak_start, peak_end)`` that are peak."""

    timezone: ZoneInfo
    peak_start: int
    peak_end: int
    rates: dict[str, Rate]

    @classmethod
    def from_toml(cls, text: str) -> "RateCard":
        """Read a rate card: ``timezone``, ``peak_hours = [start, end]``, ``[rates.<metric>]``."""
        data = tomllib.loads(text)
        start, end = data["peak_hours"]
        rates = {
            metric: Rate(Decimal(str(rate["peak"])), Decimal(str(rate["off_peak"])))
            for metric, rate in data["rates"].items()
        }
        return cls(ZoneInfo(data["timezone"]), int(start), int(end), rates)

    def unit_price(self, metric: str, at: datetime) -> Decimal:
        """The price of one unit of ``metric`` used at the aware time ``at``."""
        rate = self.rates[metric]
        hour = at.astimezone(self.timezone).hour
        return rate.peak if self.peak_start <= hour < self.peak_end else rate.off_peak


@dataclass(frozen=True)
class UsageLine:
    """``quantity`` units of ``metric`` used at the aware time ``at``."""

    at: datetime
    metric: str
    quantity: Decimal


def price_usage(card: RateCard, lines: Iterable[UsageLine]) -> dict[str, Decimal]:
    """The cost of the usage per metric, rounded to cents, in the order metrics first appear."""
    totals: dict[str, Decimal] = {}
    for line in lines:
        cost = line.quantity * card.unit_price(line.metric, line.at)
        totals[line.metric] = totals.get(line.metric, Decimal(0)) + cost
    return {metric: total.quantize(Decimal("0.01")) for metric, total in totals.items()}
