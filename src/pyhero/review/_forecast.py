"""Review figures: what is due, a day-by-day forecast, retention."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from pyhero.review._scheduling import CardState, ReviewEntry

__all__ = ["FORECAST_DAYS", "DayForecast", "ReviewStats", "forecast", "review_stats"]

FORECAST_DAYS = 14
_RETENTION_WINDOW = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class DayForecast:
    """``due``: the cards falling due on ``day`` (today's figure includes overdue ones)."""

    day: date
    due: int


@dataclass(frozen=True, slots=True)
class ReviewStats:
    """``retention``: the share of reviews in the last 30 days not graded AGAIN (None
    without reviews); ``due_now`` counts cards due at the moment of asking."""

    items: int
    due_now: int
    new: int
    reviews: int
    reviews_today: int
    retention: float | None


def forecast(
    cards: Iterable[CardState], now: datetime, days: int = FORECAST_DAYS
) -> list[DayForecast]:
    """Cards due per local day (the time zone of ``now``) for ``days`` days from today."""
    zone: tzinfo | None = now.tzinfo
    today = now.date()
    counts = [0] * days
    for card in cards:
        offset = (card.due.astimezone(zone).date() - today).days
        if offset < days:
            counts[max(offset, 0)] += 1
    return [DayForecast(today + timedelta(days=i), count) for i, count in enumerate(counts)]


def review_stats(
    cards: Mapping[str, CardState], log: Iterable[ReviewEntry], now: datetime
) -> ReviewStats:
    entries = list(log)
    recent = [e for e in entries if now - e.reviewed_at <= _RETENTION_WINDOW]
    today = now.date()
    return ReviewStats(
        items=len(cards),
        due_now=sum(card.due <= now for card in cards.values()),
        new=sum(not card.reviewed for card in cards.values()),
        reviews=len(entries),
        reviews_today=sum(e.reviewed_at.astimezone(now.tzinfo).date() == today for e in entries),
        retention=(sum(e.rating.passing for e in recent) / len(recent) if recent else None),
    )
