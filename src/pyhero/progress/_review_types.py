"""Plain records of review cards, review logs, read marks and quiz results."""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

__all__ = ["CardRecord", "QuizRecord", "QuizResultRecord", "ReadMarkRecord", "ReviewRecord"]

RATINGS = ("again", "hard", "good", "easy")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CardRecord(_Frozen):
    """A review item's stored FSRS memory state (see :class:`pyhero.review.CardState`);
    ``opened_at`` and ``checks`` describe a review under way, if any."""

    item: str = Field(min_length=3, max_length=210)
    topic: str = Field(min_length=1, max_length=200)
    state: int = Field(ge=1, le=3)
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: AwareDatetime
    last_review: AwareDatetime | None = None
    opened_at: datetime | None = None
    checks: int = Field(default=0, ge=0)


class ReviewRecord(_Frozen):
    """One finished review."""

    item: str = Field(min_length=3, max_length=210)
    topic: str = Field(min_length=1, max_length=200)
    rating: str = Field(pattern="^(again|hard|good|easy)$")
    reviewed_at: AwareDatetime
    duration_ms: int | None = Field(default=None, ge=0)
    verdict: str | None = None


class QuizRecord(_Frozen):
    """A topic's self-check quiz as the learner last took it, and the best score so far."""

    topic: str
    correct: int
    total: int
    best: int
    taken: int
    last_at: datetime


class ReadMarkRecord(_Frozen):
    """A topic the learner marked read, and when."""

    topic: str = Field(min_length=1, max_length=200)
    created_at: AwareDatetime


class QuizResultRecord(_Frozen):
    """One self-check quiz taken: the choice per question (None: unanswered)."""

    topic: str = Field(min_length=1, max_length=200)
    correct: int = Field(ge=0)
    total: int = Field(ge=0)
    answers: tuple[int | None, ...] = ()
    created_at: AwareDatetime
