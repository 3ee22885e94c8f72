"""The project's own tests: they belong in the repository, never in the wheel."""

from datetime import UTC, datetime
from decimal import Decimal

from ratecard import RateCard, UsageLine, price_usage

CARD = """
timezone = "UTC"
peak_hours = [8, 20]

[rates.api_calls]
peak = 0.002
off_peak = 0.001
"""


def test_peak_and_off_peak_hours_are_priced_apart() -> None:
    card = RateCard.from_toml(CARD)
    lines = [
        UsageLine(datetime(2026, 3, 2, 9, tzinfo=UTC), "api_calls", Decimal(1000)),
        UsageLine(datetime(2026, 3, 2, 22, tzinfo=UTC), "api_calls", Decimal(1000)),
    ]
    assert price_usage(card, lines) == {"api_calls": Decimal("3.00")}
