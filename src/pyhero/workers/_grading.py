"""One worker's grading: the job from the database, the warm grader, the attempt recorded
once, and the news announced on Redis.

A job id is the attempt's uid, so a message delivered twice (a worker died after recording
but before acknowledging) records one attempt: the second delivery finds the job finished
and only announces it again.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import structlog

from pyhero.curriculum import Curriculum
from pyhero.grading import Grader
from pyhero.progress import TeamStore
from pyhero.workers._celery import JOB_EVENTS
from pyhero.workspace import grade_submission

__all__ = ["GradingWorker", "Outcome"]

Outcome = Literal["graded", "redelivered", "failed", "refused"]
log = structlog.get_logger("pyhero.workers")


@dataclass
class _Counters:
    done: int = 0
    failed: int = 0
    refused: int = 0
    running: int = 0
    last_job_at: datetime | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


class GradingWorker:
    """What a worker process holds for its life: content, grader, store and Redis."""

    def __init__(
        self,
        curriculum: Curriculum,
        content_version: str,
        grader: Grader,
        store: TeamStore,
        redis: Any,
    ) -> None:
        self.curriculum = curriculum
        self.version = content_version
        self.grader = grader
        self.store = store
        self.redis = redis
        self.counters = _Counters()

    def announce(self, job_id: str, state: str) -> None:
        """Tell the web processes (one Redis message; they re-check the database anyway)."""
        try:
            self.redis.publish(JOB_EVENTS, json.dumps({"job": job_id, "state": state}))
        except Exception as exc:
            log.warning("could not announce a job", job=job_id, error=str(exc))

    def refuse(self, job_id: str, job_version: str, queue: str) -> Outcome:
        """A job for other content: log why; the caller sends it back to its own queue."""
        log.error(
            "refused a grading job for other content",
            job=job_id,
            job_content=job_version[:16],
            worker_content=self.version[:16],
            sent_back_to=queue,
        )
        with self.counters.lock:
            self.counters.refused += 1
        return "refused"

    def grade(self, job_id: str, worker_name: str) -> Outcome:
        """Grade the job and record its attempt, unless it is finished already."""
        job = self.store.jobs.start_job(job_id, worker_name)
        if job is None:
            found = self.store.jobs.job(job_id)
            if found is None:
                log.error("no such grading job", job=job_id)
                return "failed"
            self.announce(job_id, found.state)
            return "redelivered"
        self._count(running=1)
        try:
            self.announce(job_id, "running")
            exercise = self.curriculum.exercises.get(job.exercise)
            if exercise is None:
                self.fail(job_id, f"this server's content has no exercise {job.exercise!r}")
                return "failed"
            result, attempt = grade_submission(
                self.grader, exercise.spec.path, exercise.slug, job.files
            )
            self.store.jobs.finish_job(job_id, attempt, result.model_dump(mode="json"))
            self._count(done=1)
            self.announce(job_id, "done")
            log.info("graded", job=job_id, exercise=job.exercise, verdict=result.verdict.value)
            return "graded"
        finally:
            self._count(running=-1)

    def fail(self, job_id: str, error: str) -> None:
        self.store.jobs.fail_job(job_id, error)
        self._count(failed=1)
        self.announce(job_id, "failed")
        log.error("grading job failed", job=job_id, error=error)

    def _count(self, *, done: int = 0, failed: int = 0, running: int = 0) -> None:
        with self.counters.lock:
            self.counters.done += done
            self.counters.failed += failed
            self.counters.running += running
            if done or failed:
                self.counters.last_job_at = datetime.now(UTC)
