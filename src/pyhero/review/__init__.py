"""Spaced review: FSRS scheduling of passed exercises and topics' key points.

Pure: no database, no files, no clock (every function takes ``now``). The progress store
keeps the cards and review logs; interfaces show them and ask for grades.
"""

from pyhero.review._flags import failing_topics, flagged_topics
from pyhero.review._forecast import (
    FORECAST_DAYS,
    DayForecast,
    ReviewStats,
    forecast,
    review_stats,
)
from pyhero.review._items import ItemKind, ReviewItem, UnknownItemError, item_of, review_items
from pyhero.review._rating import exercise_rating, target_time
from pyhero.review._scheduling import (
    FIRST_REVIEW_AFTER,
    CardState,
    Rating,
    ReviewEntry,
    new_card,
    retrievability,
    schedule,
)

__all__ = [
    "FIRST_REVIEW_AFTER",
    "FORECAST_DAYS",
    "CardState",
    "DayForecast",
    "ItemKind",
    "Rating",
    "ReviewEntry",
    "ReviewItem",
    "ReviewStats",
    "UnknownItemError",
    "exercise_rating",
    "failing_topics",
    "flagged_topics",
    "forecast",
    "item_of",
    "new_card",
    "retrievability",
    "review_items",
    "review_stats",
    "schedule",
    "target_time",
]
