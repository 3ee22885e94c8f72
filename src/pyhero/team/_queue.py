"""Grading through the queue: the web process records a job, hands it to Celery and waits
for its verdict without grading anything itself.

Fair queueing: a learner has at most one job queued or running (the database refuses a
second) and makes at most ``PYHERO_SUBMISSIONS_PER_MINUTE`` submissions a minute (Redis);
both answer 429 with the seconds to wait. Workers announce jobs on a Redis channel that
one listener per web process follows; waiters also re-read the job every few seconds, so
a missed announcement only delays a verdict.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from functools import partial
from typing import Any

import anyio
import anyio.to_thread
from fastapi import HTTPException

from pyhero.config import Settings
from pyhero.curriculum import Exercise
from pyhero.grading import GradeResult
from pyhero.progress import ActiveJobError, JobRecord, TeamStore
from pyhero.team._ratelimit import RateLimiter
from pyhero.web import Graded
from pyhero.workers import GRADE_TASK, JOB_EVENTS, grading_queue

__all__ = ["RECHECK_SECONDS", "JobQueue"]

RECHECK_SECONDS = 2.0
"""How often a waiter re-reads its job from the database, announcement or not."""


class JobQueue:
    """The team server's grading: ``grade`` enqueues and waits (the web app's ``Grading``)."""

    def __init__(
        self,
        settings: Settings,
        store: TeamStore,
        celery: Any,
        redis: Any,
        limiter: RateLimiter,
        content_version: str,
    ) -> None:
        self.settings = settings
        self.store = store
        self.celery = celery
        self.redis = redis  # redis.asyncio.Redis
        self.limiter = limiter
        self.version = content_version
        self._waiters: dict[str, set[asyncio.Event]] = {}

    # -- announcements --------------------------------------------------------------------

    async def listen(self) -> None:
        """Follow the workers' announcements until cancelled (reconnecting as needed)."""
        while True:
            try:
                async with self.redis.pubsub() as pubsub:
                    await pubsub.subscribe(JOB_EVENTS)
                    async for message in pubsub.listen():
                        if message.get("type") == "message":
                            self._announced(message.get("data"))
            except asyncio.CancelledError:
                raise
            except Exception:
                await asyncio.sleep(1.0)

    def _announced(self, data: object) -> None:
        try:
            job = json.loads(data)["job"]  # type: ignore[arg-type]
        except (TypeError, ValueError, KeyError):
            return
        for event in self._waiters.get(str(job), ()):
            event.set()

    # -- submitting -----------------------------------------------------------------------

    async def enqueue(self, learner: str, exercise: Exercise, files: dict[str, str]) -> JobRecord:
        """Record and queue a submission, or refuse it with 429 (too many, or one pending)."""
        per_minute = self.settings.submissions_per_minute
        wait = await self.limiter.hit(f"submit:{learner}", per_minute, 60)
        if wait is not None:
            raise HTTPException(
                429,
                detail=f"at most {per_minute} submissions a minute: try again in {wait} s",
                headers={"Retry-After": str(wait)},
            )
        create = partial(self.store.jobs.create_job, learner, exercise.slug, files, self.version)
        try:
            job = await anyio.to_thread.run_sync(create)
        except ActiveJobError as busy:
            stale = timedelta(seconds=3 * self.settings.job_timeout_seconds)
            if not await anyio.to_thread.run_sync(self.store.jobs.abandon_stale, stale):
                raise HTTPException(
                    429,
                    detail="your previous submission is still being graded: its verdict "
                    f"comes first (job {busy.job_id})",
                    headers={"Retry-After": "2"},
                ) from None
            job = await anyio.to_thread.run_sync(create)
        try:
            await anyio.to_thread.run_sync(self._publish, job)
        except Exception as exc:
            fail = partial(self.store.jobs.fail_job, job.id, f"the queue is unavailable: {exc}")
            await anyio.to_thread.run_sync(fail)
            raise HTTPException(503, detail=f"the grading queue is unavailable: {exc}") from exc
        return job

    def _publish(self, job: JobRecord) -> None:
        self.celery.send_task(
            GRADE_TASK,
            args=[job.id, job.content_version],
            task_id=job.id,
            queue=grading_queue(job.content_version),
        )

    # -- waiting --------------------------------------------------------------------------

    async def position(self, job: JobRecord) -> int:
        return await anyio.to_thread.run_sync(self.store.jobs.queue_position, job)

    async def follow(
        self, job_id: str, timeout: float, heartbeat: float = 15.0
    ) -> AsyncIterator[tuple[JobRecord, int, bool]]:
        """(job, queue position, whether it changed) at each change of state or position,
        and at least every ``heartbeat`` seconds; ends when the job is finished or
        ``timeout`` runs out (or at once when there is no such job)."""
        event = asyncio.Event()
        self._waiters.setdefault(job_id, set()).add(event)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        seen: tuple[str, int] | None = None
        last_sent = loop.time()
        try:
            while True:
                event.clear()
                job = await anyio.to_thread.run_sync(self.store.jobs.job, job_id)
                if job is None:
                    return
                where = await self.position(job) if job.state == "queued" else 0
                changed = (job.state, where) != seen
                if changed or loop.time() - last_sent >= heartbeat:
                    seen = (job.state, where)
                    last_sent = loop.time()
                    yield job, where, changed
                remaining = deadline - loop.time()
                if job.finished or remaining <= 0:
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), min(RECHECK_SECONDS, remaining))
        finally:
            waiting = self._waiters.get(job_id)
            if waiting is not None:
                waiting.discard(event)
                if not waiting:
                    del self._waiters[job_id]

    async def wait(self, job_id: str, timeout: float) -> JobRecord | None:
        """The job once finished, or as it is when ``timeout`` runs out."""
        last = None
        async for job, _, _ in self.follow(job_id, timeout, heartbeat=timeout):
            last = job
        return last

    async def graded(self, job: JobRecord | None) -> Graded:
        """The verdict of a finished job; 503 when it failed, 504 when it is not finished."""
        if job is None:
            raise HTTPException(404, detail="no such grading job")
        if job.state == "failed":
            raise HTTPException(503, detail=f"the submission could not be graded: {job.error}")
        if not job.finished or job.result is None:
            raise HTTPException(
                504,
                detail=f"no verdict yet (the job is {job.state}); it will show on the exercise "
                "page when a worker has graded it",
            )
        attempt = await anyio.to_thread.run_sync(self.store.jobs.attempt_of, job.id)
        if attempt is None:
            raise HTTPException(503, detail="the job finished without an attempt")
        return Graded(GradeResult.model_validate(job.result), attempt)

    async def grade(self, learner: str, exercise: Exercise, files: dict[str, str]) -> Graded:
        job = await self.enqueue(learner, exercise, files)
        return await self.graded(await self.wait(job.id, self.settings.job_timeout_seconds))
