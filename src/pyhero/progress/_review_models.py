"""ORM tables of spaced review and reading: review cards and logs, read marks, quiz results."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pyhero.progress._models import Base

__all__ = ["QuizResult", "ReadMark", "ReviewCard", "ReviewLog"]


class ReviewCard(Base):
    """A learner's FSRS memory state of one review item (``exercise/<slug>``,
    ``topic/<slug>``); ``opened_at`` and ``checks`` belong to a review under way."""

    __tablename__ = "review_cards"
    __table_args__ = (UniqueConstraint("learner_id", "item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(210))
    topic: Mapped[str] = mapped_column(String(200))
    state: Mapped[int] = mapped_column(Integer)
    step: Mapped[int | None] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime]
    last_review: Mapped[datetime | None]
    created_at: Mapped[datetime]
    opened_at: Mapped[datetime | None]
    checks: Mapped[int] = mapped_column(Integer, default=0)


class ReviewLog(Base):
    """One finished review: the grade, its time and, for an exercise, the grader's verdict."""

    __tablename__ = "review_logs"
    __table_args__ = (Index("ix_review_logs_learner_time", "learner_id", "reviewed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(210))
    topic: Mapped[str] = mapped_column(String(200))
    rating: Mapped[str] = mapped_column(String(8))
    reviewed_at: Mapped[datetime]
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    verdict: Mapped[str | None] = mapped_column(String(32))


class ReadMark(Base):
    """The learner marked a topic as read (shown, never counted as done)."""

    __tablename__ = "read_marks"
    __table_args__ = (UniqueConstraint("learner_id", "topic"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    topic: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class QuizResult(Base):
    """One self-check quiz taken: answers given (question index -> choice index), score."""

    __tablename__ = "quiz_results"
    __table_args__ = (Index("ix_quiz_results_learner_topic", "learner_id", "topic"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    topic: Mapped[str] = mapped_column(String(200))
    correct: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    answers: Mapped[list[Any]]
    created_at: Mapped[datetime]
