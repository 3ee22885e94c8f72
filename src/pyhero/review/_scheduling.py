"""FSRS scheduling of one card: its memory state in, the next state and a log entry out.

A thin, pure layer over the ``fsrs`` library: no clock (the caller passes ``now``), no
storage (the caller keeps :class:`CardState`), no randomness unless ``fuzz`` is asked for.
``fsrs`` is imported on the first review, so that showing due dates starts fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import fsrs

__all__ = [
    "FIRST_REVIEW_AFTER",
    "CardState",
    "Rating",
    "ReviewEntry",
    "new_card",
    "retrievability",
    "schedule",
]


class Rating(StrEnum):
    """How well an item was recalled (FSRS's four grades)."""

    AGAIN = "again"
    HARD = "hard"
    GOOD = "good"
    EASY = "easy"

    @property
    def passing(self) -> bool:
        """False for AGAIN, the grade of a forgotten item."""
        return self is not Rating.AGAIN

    @property
    def grade(self) -> int:
        """FSRS's number for the rating: 1 (again) to 4 (easy)."""
        return list(Rating).index(self) + 1


@dataclass(frozen=True, slots=True)
class CardState:
    """A card's memory state as FSRS defines it (``state``: 1 learning, 2 review,
    3 relearning); ``due`` and ``last_review`` are aware UTC datetimes."""

    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None

    @property
    def reviewed(self) -> bool:
        return self.last_review is not None


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One review as logged: when, the grade, and how long it took."""

    rating: Rating
    reviewed_at: datetime
    duration_ms: int | None


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: review scheduling takes aware datetimes")
    return moment.astimezone(UTC)


FIRST_REVIEW_AFTER = timedelta(days=1)
"""A new item (an exercise just passed, a topic just studied) is first reviewed a day later."""


def new_card(learnt_at: datetime) -> CardState:
    """A card never reviewed, for an item learnt at ``learnt_at``."""
    return CardState(
        state=1,
        step=0,
        stability=None,
        difficulty=None,
        due=_utc(learnt_at) + FIRST_REVIEW_AFTER,
        last_review=None,
    )


def _state_of(card: fsrs.Card) -> CardState:
    return CardState(
        state=int(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def _card_of(state: CardState) -> fsrs.Card:
    import fsrs

    return fsrs.Card(
        card_id=0,
        state=fsrs.State(state.state),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=_utc(state.due),
        last_review=None if state.last_review is None else _utc(state.last_review),
    )


def _scheduler(fuzz: bool) -> fsrs.Scheduler:
    import fsrs

    # No learning steps: an item enters review once learnt (the grader passed the exercise,
    # the topic was studied), and re-solving an exercise ten minutes later teaches nothing.
    return fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=fuzz)


def schedule(
    card: CardState,
    rating: Rating,
    now: datetime,
    duration_ms: int | None = None,
    *,
    fuzz: bool = False,
) -> tuple[CardState, ReviewEntry]:
    """The card after a review graded ``rating`` at ``now``, and the review's log entry.

    ``fuzz`` spreads long intervals by a few days (FSRS's fuzzing), so that items learnt
    together do not all fall due on one day; it draws random numbers.
    """
    import fsrs

    moment = _utc(now)
    reviewed, _log = _scheduler(fuzz).review_card(
        _card_of(card), fsrs.Rating(rating.grade), moment, duration_ms
    )
    return _state_of(reviewed), ReviewEntry(rating, moment, duration_ms)


def retrievability(card: CardState, now: datetime) -> float:
    """The predicted chance (0-1) of recalling the item at ``now``; 0 before a first review."""
    return float(_scheduler(False).get_card_retrievability(_card_of(card), _utc(now)))
