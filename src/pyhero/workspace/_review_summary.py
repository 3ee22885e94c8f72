"""A learner's review at a glance, read from the store: due items, stats, forecast, flags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pyhero.curriculum import Curriculum
from pyhero.progress import CardRecord, ProgressReader, ReviewRecord
from pyhero.review import (
    CardState,
    DayForecast,
    Rating,
    ReviewEntry,
    ReviewItem,
    ReviewStats,
    UnknownItemError,
    failing_topics,
    flagged_topics,
    forecast,
    item_of,
    review_stats,
)

__all__ = ["DueItem", "ReviewSummary", "card_state", "entry_of", "review_summary"]


def card_state(record: CardRecord) -> CardState:
    return CardState(
        state=record.state,
        step=record.step,
        stability=record.stability,
        difficulty=record.difficulty,
        due=record.due,
        last_review=record.last_review,
    )


def entry_of(record: ReviewRecord) -> ReviewEntry:
    return ReviewEntry(Rating(record.rating), record.reviewed_at, record.duration_ms)


@dataclass(frozen=True, slots=True)
class DueItem:
    """A review item with its card; ``opened`` when a review of it is under way."""

    item: ReviewItem
    card: CardRecord

    @property
    def opened(self) -> bool:
        return self.card.opened_at is not None


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """``flags``: topic -> the failing prerequisites it rests on; ``failing``: topics whose
    latest review was graded AGAIN."""

    due: list[DueItem]
    upcoming: list[DueItem]
    stats: ReviewStats
    forecast: list[DayForecast]
    failing: set[str]
    flags: dict[str, tuple[str, ...]]


def review_summary(
    curriculum: Curriculum, store: ProgressReader, learner: str, now: datetime
) -> ReviewSummary:
    """What is due at ``now`` (aware), what comes next, figures and flags; cards whose item
    left the curriculum are skipped."""
    due: list[DueItem] = []
    upcoming: list[DueItem] = []
    cards: dict[str, CardState] = {}
    for key, record in store.review_cards(learner).items():
        try:
            item = item_of(curriculum, key)
        except UnknownItemError:
            continue
        cards[key] = card_state(record)
        (due if record.due <= now else upcoming).append(DueItem(item, record))
    log = store.reviews(learner)
    failing = failing_topics((r.topic, entry_of(r)) for r in log)
    return ReviewSummary(
        due=due,
        upcoming=upcoming,
        stats=review_stats(cards, (entry_of(r) for r in log), now),
        forecast=forecast(cards.values(), now),
        failing=failing,
        flags=flagged_topics(curriculum, failing),
    )
