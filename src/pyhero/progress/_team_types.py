"""Plain data of the team tables (no ORM object leaves the store)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from pyhero.progress._types import ExerciseProgress

__all__ = [
    "MAX_COMMENT",
    "ROLES",
    "USERNAME",
    "ActiveJobError",
    "AuditRecord",
    "CohortProgress",
    "CohortRecord",
    "CommentRecord",
    "DraftRecord",
    "InvitationRecord",
    "JobCounts",
    "JobRecord",
    "MemberRecord",
    "PathItem",
    "Role",
    "TeamError",
    "UserRecord",
]

MAX_COMMENT = 5000
"""Longest review comment, in characters."""
Role = Literal["learner", "mentor", "admin"]
ROLES: tuple[Role, ...] = ("learner", "mentor", "admin")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,39}$")
"""User names: 2-40 lower-case letters, digits, ``.``, ``_`` or ``-``; they name learners."""


class TeamError(Exception):
    """A team action that cannot be done as asked (a taken name, a used invitation...)."""


class ActiveJobError(TeamError):
    """The learner already has a submission queued or being graded."""

    def __init__(self, job_id: str) -> None:
        super().__init__("a submission of yours is still being graded")
        self.job_id = job_id


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class UserRecord(_Frozen):
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime

    @property
    def learner(self) -> str:
        """The learner name this account's progress is recorded under."""
        return self.username

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def mentors(self) -> bool:
        """Whether the account may create cohorts and mentor learners."""
        return self.role in ("mentor", "admin")


class InvitationRecord(_Frozen):
    id: int
    role: Role
    cohort_id: int | None
    cohort: str | None
    note: str
    created_by: str | None
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
    used_by: str | None

    def usable(self, now: datetime) -> bool:
        return self.used_at is None and now < self.expires_at


class PathItem(_Frozen):
    """A topic or a section assigned to a cohort; ``deadline`` is a day, inclusive."""

    kind: Literal["topic", "section"]
    slug: str
    deadline: date | None = None


class MemberRecord(_Frozen):
    user: UserRecord
    role: Literal["learner", "mentor"]
    joined_at: datetime


class CohortRecord(_Frozen):
    id: int
    name: str
    created_at: datetime
    members: tuple[MemberRecord, ...] = ()
    path: tuple[PathItem, ...] = ()

    @property
    def learners(self) -> tuple[UserRecord, ...]:
        return tuple(m.user for m in self.members if m.role == "learner")

    @property
    def mentors(self) -> tuple[UserRecord, ...]:
        return tuple(m.user for m in self.members if m.role == "mentor")


class CohortProgress(_Frozen):
    """Each learner's progress per exercise, and each learner's latest attempt time."""

    progress: dict[str, dict[str, ExerciseProgress]]
    last_attempt: dict[str, datetime | None]


class CommentRecord(_Frozen):
    id: int
    attempt_uid: str
    author: str
    author_name: str
    file: str | None
    line: int | None
    body: str
    created_at: datetime
    exercise: str = ""
    learner: str = ""


class AuditRecord(_Frozen):
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    details: dict[str, Any]
    address: str | None


class JobRecord(_Frozen):
    id: str
    learner: str
    exercise: str
    files: dict[str, str]
    content_version: str
    state: Literal["queued", "running", "done", "failed"]
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    deliveries: int
    worker: str | None
    result: dict[str, Any] | None
    error: str | None

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")


class JobCounts(_Frozen):
    """The queue as the database sees it."""

    queued: int
    running: int
    done_last_hour: int
    failed_last_hour: int
    oldest_queued: datetime | None


class DraftRecord(_Frozen):
    files: dict[str, str]
    base: str | None
    saved_at: datetime
