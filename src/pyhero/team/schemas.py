"""Response models of the team server's JSON API."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from pyhero.web.schemas import AttemptOut, SubmitOut

__all__ = [
    "CohortProgressOut",
    "CommentOut",
    "HealthOut",
    "JobOut",
    "LearnerAttemptOut",
    "LearnerProgressOut",
    "MeOut",
    "QueueOut",
    "WorkerOut",
]


class JobOut(BaseModel):
    """A submission in the queue; ``outcome`` once it is graded."""

    id: str
    exercise: str
    state: Literal["queued", "running", "done", "failed"]
    position: int
    created_at: datetime
    finished_at: datetime | None
    error: str | None
    status_url: str
    events_url: str
    outcome: SubmitOut | None = None


class MeOut(BaseModel):
    username: str
    display_name: str
    role: Literal["learner", "mentor", "admin"]
    unread_comments: int
    csrf_token: str


class CommentOut(BaseModel):
    id: int
    author: str
    file: str | None
    line: int | None
    body: str
    created_at: datetime


class LearnerAttemptOut(AttemptOut):
    code: dict[str, str]
    comments: list[CommentOut]


class LearnerProgressOut(BaseModel):
    username: str
    display_name: str
    topics_done: int
    attempts: int
    hints_used: int
    last_attempt: datetime | None
    stuck: list[str]
    topics: dict[str, str]


class CohortProgressOut(BaseModel):
    cohort: str
    topics: list[str]
    learners: list[LearnerProgressOut]


class QueueOut(BaseModel):
    name: str
    depth: int


class WorkerOut(BaseModel):
    name: str
    host: str
    content_version: str
    same_content: bool
    concurrency: int
    isolation: str
    jobs_done: int
    jobs_failed: int
    jobs_refused: int
    jobs_running: int
    seen_seconds_ago: float
    up_seconds: float


class HealthOut(BaseModel):
    """The grading queue and its workers, as admins see them."""

    content_version: str
    queues: list[QueueOut]
    queued: int
    running: int
    done_last_hour: int
    failed_last_hour: int
    oldest_queued_seconds: float | None
    workers: list[WorkerOut]
