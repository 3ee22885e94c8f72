"""Grading jobs of the team server, and browser drafts kept in the database.

A job's id is the uid of the attempt it records: finishing a job twice (a redelivered
message) records one attempt. At most one job per learner is queued or running.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from pyhero.progress._guard import guarded
from pyhero.progress._models import Attempt, Learner
from pyhero.progress._rows import aware
from pyhero.progress._store import _record, _row
from pyhero.progress._team_base import StorePart
from pyhero.progress._team_models import ACTIVE_JOB_STATES, Draft, GradingJob
from pyhero.progress._team_types import (
    ActiveJobError,
    DraftRecord,
    JobCounts,
    JobRecord,
    TeamError,
)
from pyhero.progress._types import AttemptRecord, NewAttempt, code_hash

__all__ = ["JobStore"]


def _job(row: GradingJob, learner: str) -> JobRecord:
    return JobRecord(
        id=row.id,
        learner=learner,
        exercise=row.exercise,
        files=row.files,
        content_version=row.content_version,
        state=row.state,
        created_at=row.created_at,
        started_at=row.started_at,
        finished_at=row.finished_at,
        deliveries=row.deliveries,
        worker=row.worker,
        result=row.result,
        error=row.error,
    )


class JobStore(StorePart):
    """Grading jobs and drafts."""

    def _find(self, *where: Any) -> JobRecord | None:
        query = select(GradingJob, Learner.name).join(Learner, Learner.id == GradingJob.learner_id)
        with self._read() as session:
            found = session.execute(query.where(*where)).one_or_none()
        return None if found is None else _job(found[0], found[1])

    @guarded
    def create_job(
        self, learner: str, exercise: str, files: dict[str, str], content_version: str
    ) -> JobRecord:
        """Queue a submission; :class:`ActiveJobError` while another one of the learner's is
        queued or running."""
        learner_id = self._learner_id(learner)
        job_id = str(uuid.uuid4())
        try:
            with self._writing() as session:
                session.add(
                    GradingJob(
                        id=job_id,
                        learner_id=learner_id,
                        exercise=exercise,
                        files=dict(files),
                        content_version=content_version,
                        state="queued",
                        created_at=datetime.now(UTC),
                        deliveries=0,
                    )
                )
        except IntegrityError:
            active = self.active_job(learner)
            raise ActiveJobError(active.id if active else "") from None
        found = self._find(GradingJob.id == job_id)
        assert found is not None
        return found

    @guarded
    def job(self, job_id: str) -> JobRecord | None:
        return self._find(GradingJob.id == job_id)

    @guarded
    def job_for(self, learner: str, job_id: str) -> JobRecord | None:
        """The job if it is ``learner``'s; None otherwise."""
        return self._find(GradingJob.id == job_id, Learner.name == learner)

    @guarded
    def active_job(self, learner: str) -> JobRecord | None:
        return self._find(
            GradingJob.learner_id == self._learner_id(learner),
            GradingJob.state.in_(ACTIVE_JOB_STATES),
        )

    @guarded
    def start_job(self, job_id: str, worker: str) -> JobRecord | None:
        """Mark a delivery of the job; None when it is finished already (a redelivery)."""
        with self._writing() as session:
            session.execute(
                update(GradingJob)
                .where(GradingJob.id == job_id, GradingJob.state.in_(ACTIVE_JOB_STATES))
                .values(
                    state="running",
                    started_at=datetime.now(UTC),
                    deliveries=GradingJob.deliveries + 1,
                    worker=worker[:200],
                )
            )
        job = self.job(job_id)
        return job if job is not None and not job.finished else None

    @guarded
    def finish_job(self, job_id: str, attempt: NewAttempt, result: dict[str, Any]) -> AttemptRecord:
        """Record the job's attempt (uid = job id) and its full result, once."""
        now = datetime.now(UTC)
        with self._writing() as session:
            job = session.get(GradingJob, job_id, with_for_update=True)
            if job is None:
                raise TeamError(f"no grading job {job_id}")
            existing = session.scalar(select(Attempt).where(Attempt.uid == job_id))
            if existing is None:
                record = AttemptRecord(
                    **attempt.model_dump(),
                    uid=job_id,
                    created_at=now,
                    code_hash=code_hash(dict(attempt.code)),
                )
                session.add(_row(job.learner_id, record))
            else:
                record = _record(existing)
            job.state = "done"
            job.result = result
            job.error = None
            job.finished_at = job.finished_at or now
        return record

    @guarded
    def fail_job(self, job_id: str, error: str) -> None:
        """The job cannot be graded (its exercise is gone, the grader broke): say why."""
        with self._writing() as session:
            session.execute(
                update(GradingJob)
                .where(GradingJob.id == job_id, GradingJob.state != "done")
                .values(state="failed", error=error[:2000], finished_at=datetime.now(UTC))
            )

    @guarded
    def abandon_stale(self, older_than: timedelta) -> int:
        """Fail active jobs created longer ago than ``older_than`` (a lost queue), so that
        their learners can submit again."""
        cutoff = datetime.now(UTC) - older_than
        with self._writing() as session:
            gone = session.execute(
                update(GradingJob)
                .where(GradingJob.state.in_(ACTIVE_JOB_STATES), GradingJob.created_at < cutoff)
                .values(
                    state="failed",
                    error="no worker finished this job in time",
                    finished_at=datetime.now(UTC),
                )
            )
            return int(getattr(gone, "rowcount", 0) or 0)

    @guarded
    def queue_position(self, job: JobRecord) -> int:
        """How many jobs of the same content were queued before this one."""
        query = select(func.count()).where(
            GradingJob.state == "queued",
            GradingJob.content_version == job.content_version,
            GradingJob.created_at < job.created_at,
        )
        with self._read() as session:
            return int(session.scalar(query) or 0)

    @guarded
    def counts(self) -> JobCounts:
        hour_ago = datetime.now(UTC) - timedelta(hours=1)
        with self._read() as session:
            states = dict(
                session.execute(
                    select(GradingJob.state, func.count())
                    .where(GradingJob.state.in_(ACTIVE_JOB_STATES))
                    .group_by(GradingJob.state)
                ).all()
            )
            recent = dict(
                session.execute(
                    select(GradingJob.state, func.count())
                    .where(GradingJob.finished_at >= hour_ago)
                    .group_by(GradingJob.state)
                ).all()
            )
            oldest = session.scalar(
                select(func.min(GradingJob.created_at)).where(GradingJob.state == "queued")
            )
        return JobCounts(
            queued=states.get("queued", 0),
            running=states.get("running", 0),
            done_last_hour=recent.get("done", 0),
            failed_last_hour=recent.get("failed", 0),
            oldest_queued=aware(oldest),
        )

    @guarded
    def attempt_of(self, job_id: str) -> AttemptRecord | None:
        """The attempt a finished job recorded."""
        with self._read() as session:
            row = session.scalar(select(Attempt).where(Attempt.uid == job_id))
            return None if row is None else _record(row)

    @guarded
    def result_of(self, learner: str, attempt_uid: str) -> dict[str, Any] | None:
        """The grader's full result of the learner's attempt, when a job recorded it."""
        found = self._find(GradingJob.id == attempt_uid, Learner.name == learner)
        return None if found is None else found.result

    # -- drafts ---------------------------------------------------------------------------

    @guarded
    def draft(self, learner: str, exercise: str) -> DraftRecord | None:
        key = (self._learner_id(learner), exercise)
        with self._read() as session:
            row = session.get(Draft, key)
            if row is None:
                return None
            return DraftRecord(files=row.files, base=row.base, saved_at=row.saved_at)

    @guarded
    def save_draft(
        self, learner: str, exercise: str, files: dict[str, str], base: str | None
    ) -> DraftRecord:
        key = (self._learner_id(learner), exercise)
        now = datetime.now(UTC)
        for _ in range(3):
            try:
                with self._writing() as session:
                    row = session.get(Draft, key, with_for_update=True)
                    if row is None:
                        session.add(
                            Draft(
                                learner_id=key[0],
                                exercise=exercise,
                                files=dict(files),
                                base=base,
                                saved_at=now,
                            )
                        )
                    else:
                        row.files, row.base, row.saved_at = dict(files), base, now
                break
            except IntegrityError:  # two first saves at once: the other one won; update it
                continue
        return DraftRecord(files=dict(files), base=base, saved_at=now)

    @guarded
    def discard_draft(self, learner: str, exercise: str) -> None:
        learner_id = self._learner_id(learner)
        with self._writing() as session:
            session.execute(
                delete(Draft).where(Draft.learner_id == learner_id, Draft.exercise == exercise)
            )
