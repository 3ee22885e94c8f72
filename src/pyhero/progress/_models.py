"""ORM tables: learners, attempts (every grading run) and hint uses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = ["Attempt", "Base", "HintUse", "Learner", "UTCDateTime"]


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pyhero stores aware UTC datetimes only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


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
