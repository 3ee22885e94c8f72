"""ORM tables: learners, attempts (every grading run) and hint uses; the team server's
tables (:mod:`pyhero.progress._team_models`) are registered on the same metadata."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pyhero.progress._base import Base, UTCDateTime

__all__ = ["Attempt", "Base", "HintUse", "Learner", "UTCDateTime"]


class Learner(Base):
    """A learner identity; a single default learner exists locally from the start."""

    __tablename__ = "learners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime]


class Attempt(Base):
    """One grading run of one exercise, exactly as the grader reported it."""

    __tablename__ = "attempts"
    __table_args__ = (Index("ix_attempts_learner_exercise", "learner_id", "exercise"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    exercise: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    verdict: Mapped[str] = mapped_column(String(32))
    tests: Mapped[list[Any]]
    tests_passed: Mapped[int] = mapped_column(Integer)
    tests_total: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[float] = mapped_column(Float)
    code_hash: Mapped[str] = mapped_column(String(64))
    code: Mapped[dict[str, Any]]
    isolation: Mapped[str] = mapped_column(String(32))
    message: Mapped[str | None] = mapped_column(Text)


class HintUse(Base):
    """Hint ``number`` (1-based) of an exercise was shown to a learner."""

    __tablename__ = "hint_uses"
    __table_args__ = (UniqueConstraint("learner_id", "exercise", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    exercise: Mapped[str] = mapped_column(String(200))
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]


# Registers the team tables on Base.metadata: migrations and schema checks see every table.
from pyhero.progress import _team_models  # noqa: E402, F401
