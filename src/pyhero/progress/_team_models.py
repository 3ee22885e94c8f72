"""ORM tables of the team server: accounts, sessions, invitations, cohorts, reviews, audit,
grading jobs and browser drafts. Every user is also a learner (``learners`` row)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from pyhero.progress._base import Base

__all__ = [
    "ACTIVE_JOB_STATES",
    "AuditEntry",
    "Cohort",
    "CohortMember",
    "CohortPathItem",
    "Comment",
    "CommentNotice",
    "Draft",
    "GradingJob",
    "Invitation",
    "TeamSecret",
    "User",
    "UserSession",
]

ACTIVE_JOB_STATES = ("queued", "running")
_ACTIVE = text("state IN ('queued', 'running')")


class User(Base):
    """An account; ``role`` is learner, mentor or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), unique=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class UserSession(Base):
    """A signed-in browser; only the SHA-256 of its token is kept."""

    __tablename__ = "user_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    address: Mapped[str | None] = mapped_column(String(64))


class Invitation(Base):
    """A one-time sign-up link (its token's SHA-256), with the role and cohort it grants."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class TeamSecret(Base):
    """Server-wide secrets made once (the cookie signing key when none is configured)."""

    __tablename__ = "team_secrets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class AuditEntry(Base):
    """Who did which administrative action to what, when and from where."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict[str, Any]]
    address: Mapped[str | None] = mapped_column(String(64))


class Cohort(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]


class CohortMember(Base):
    """A user in a cohort, as one of its learners or one of its mentors."""

    __tablename__ = "cohort_members"

    cohort_id: Mapped[int] = mapped_column(
        ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    joined_at: Mapped[datetime]


class CohortPathItem(Base):
    """A topic or a whole section assigned to a cohort, with an optional deadline."""

    __tablename__ = "cohort_path"
    __table_args__ = (UniqueConstraint("cohort_id", "kind", "slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    slug: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer)


class Comment(Base):
    """A review comment on an attempt: on a line of a file, or on the attempt as a whole."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_uid: Mapped[str] = mapped_column(
        ForeignKey("attempts.uid", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    file: Mapped[str | None] = mapped_column(String(200))
    line: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class CommentNotice(Base):
    """A comment someone has not read yet (the header's unread count)."""

    __tablename__ = "comment_notices"
    __table_args__ = (Index("ix_comment_notices_unread", "user_id", "read_at"),)

    comment_id: Mapped[int] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    read_at: Mapped[datetime | None]


class GradingJob(Base):
    """A submission on its way through the queue; its id becomes the attempt's uid.

    At most one job per learner is queued or running (a partial unique index): one learner
    submitting in a loop cannot fill the queue.
    """

    __tablename__ = "grading_jobs"
    __table_args__ = (
        Index(
            "uq_grading_jobs_active_learner",
            "learner_id",
            unique=True,
            postgresql_where=_ACTIVE,
            sqlite_where=_ACTIVE,
        ),
        Index("ix_grading_jobs_state_created", "state", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    exercise: Mapped[str] = mapped_column(String(200))
    files: Mapped[dict[str, Any]]
    content_version: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    deliveries: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(200))
    result: Mapped[dict[str, Any] | None]
    error: Mapped[str | None] = mapped_column(Text)


class Draft(Base):
    """The browser copy of a learner's code for one exercise (team mode keeps it here)."""

    __tablename__ = "drafts"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    exercise: Mapped[str] = mapped_column(String(200), primary_key=True)
    files: Mapped[dict[str, Any]]
    base: Mapped[str | None] = mapped_column(String(64))
    saved_at: Mapped[datetime]
