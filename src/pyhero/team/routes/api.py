"""The team server's JSON API: grading jobs (with server-sent events), the signed-in
account, queue health for admins, cohort progress and attempt history for mentors."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import StreamingResponse

from pyhero.progress import JobRecord
from pyhero.team._health import health
from pyhero.team._layers import COOKIE
from pyhero.team._security import csrf_token, unsign
from pyhero.team._state import TeamState
from pyhero.team.deps import AdminDep, CohortDep, MenteeDep, TeamDep, UserDep
from pyhero.team.routes.cohorts import dashboard_of
from pyhero.team.schemas import (
    CohortProgressOut,
    CommentOut,
    HealthOut,
    JobOut,
    LearnerAttemptOut,
    LearnerProgressOut,
    MeOut,
)
from pyhero.web._service import attempt_out, exercise_statuses, keep_draft, resolve_files
from pyhero.web._state import WebState
from pyhero.web.deps import ExerciseDep, LearnerDep, StateDep
from pyhero.web.schemas import ErrorOut, SubmitIn, SubmitOut

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["team"])

_Responses = dict[int | str, dict[str, Any]]
_REFUSED: _Responses = {
    429: {"model": ErrorOut, "description": "Too many submissions, or one still being graded"},
    503: {"model": ErrorOut, "description": "The grading queue is unavailable"},
}
_NOT_FOUND: _Responses = {404: {"model": ErrorOut, "description": "Not yours, or no such thing"}}


async def _outcome(state: WebState, team: TeamState, job: JobRecord) -> SubmitOut | None:
    if job.state != "done":
        return None
    graded = await team.queue.graded(job)
    statuses = await anyio.to_thread.run_sync(exercise_statuses, state, job.learner)
    return SubmitOut(
        result=graded.result,
        attempt=attempt_out(graded.attempt),
        status=statuses.get(job.exercise, "pending"),
    )


async def _job_out(state: WebState, team: TeamState, job: JobRecord, position: int) -> JobOut:
    return JobOut(
        id=job.id,
        exercise=job.exercise,
        state=job.state,
        position=position,
        created_at=job.created_at,
        finished_at=job.finished_at,
        error=job.error,
        status_url=f"/api/jobs/{job.id}",
        events_url=f"/api/jobs/{job.id}/events",
        outcome=await _outcome(state, team, job),
    )


@router.post("/exercises/{slug}/jobs", status_code=202, responses={**_NOT_FOUND, **_REFUSED})
async def submit_job(
    body: SubmitIn, state: StateDep, team: TeamDep, learner: LearnerDep, exercise: ExerciseDep
) -> JobOut:
    """Queue the code for grading and answer at once (202); follow ``events_url`` (server-
    sent events) or poll ``status_url`` for the verdict. One job at a time per learner."""
    files = resolve_files(exercise, body.code, body.files)
    draft, _ = await anyio.to_thread.run_sync(
        keep_draft, state, learner, exercise, files, body.base
    )
    job = await team.queue.enqueue(learner, exercise, draft.files)
    return await _job_out(state, team, job, await team.queue.position(job))


async def _own_job(team: TeamState, learner: str, job_id: str) -> JobRecord:
    job = await anyio.to_thread.run_sync(team.store.jobs.job_for, learner, job_id)
    if job is None:
        raise HTTPException(404, detail=f"no job {job_id!r}")
    return job


@router.get("/jobs/{job_id}", responses=_NOT_FOUND)
async def get_job(job_id: str, state: StateDep, team: TeamDep, learner: LearnerDep) -> JobOut:
    """One of your jobs: its state, its place in the queue, and its outcome once graded."""
    job = await _own_job(team, learner, job_id)
    position = await team.queue.position(job) if job.state == "queued" else 0
    return await _job_out(state, team, job, position)


def _event(name: str, data: str) -> bytes:
    return f"event: {name}\ndata: {data}\n\n".encode()


@router.get(
    "/jobs/{job_id}/events",
    responses={200: {"content": {"text/event-stream": {}}}, **_NOT_FOUND},
    response_class=StreamingResponse,
)
async def job_events(
    job_id: str, state: StateDep, team: TeamDep, learner: LearnerDep
) -> StreamingResponse:
    """Server-sent events: ``state`` (queued with its position, running) as the job moves,
    then ``done`` (the job with its outcome) or ``failed``."""
    await _own_job(team, learner, job_id)
    timeout = team.settings.job_timeout_seconds

    async def stream() -> AsyncIterator[bytes]:
        async for job, position, changed in team.queue.follow(job_id, timeout):
            if job.finished:
                name = "done" if job.state == "done" else "failed"
                out = await _job_out(state, team, job, 0)
                yield _event(name, out.model_dump_json())
                return
            if changed:
                yield _event("state", json.dumps({"state": job.state, "position": position}))
            else:
                yield b": still waiting\n\n"
        yield _event("timeout", json.dumps({"detail": "no verdict in time; poll the job"}))

    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.get("/team/me")
def me(request: Request, team: TeamDep, user: UserDep) -> MeOut:
    """The signed-in account, and the CSRF token its writes send in ``X-CSRF-Token``."""
    cookie = request.cookies.get(COOKIE, "")
    token = unsign(team.key, cookie) or ""
    return MeOut(
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        unread_comments=team.store.reviews.unread_count(user.id),
        csrf_token=csrf_token(team.key, token),
    )


@router.get("/team/health")
async def queue_health(team: TeamDep, _admin: AdminDep) -> HealthOut:
    """Queue depth per content version, jobs by state, and every live worker (admins)."""
    return await health(team.redis, team.store, team.version)


@router.get("/team/cohorts/{cohort_id}/progress", responses=_NOT_FOUND)
def cohort_progress(team: TeamDep, cohort: CohortDep) -> CohortProgressOut:
    """The dashboard's matrix as data (mentors of the cohort, admins)."""
    board = dashboard_of(team, cohort)
    slugs = [t.topic.slug for t in board.topics]
    return CohortProgressOut(
        cohort=cohort.name,
        topics=slugs,
        learners=[
            LearnerProgressOut(
                username=row.user.username,
                display_name=row.user.display_name,
                topics_done=row.done,
                attempts=row.attempts,
                hints_used=row.hints,
                last_attempt=row.last_attempt,
                stuck=row.stuck,
                topics={slug: cell.status for slug, cell in zip(slugs, row.cells, strict=True)},
            )
            for row in board.rows
        ],
    )


@router.get("/team/learners/{username}/attempts", responses=_NOT_FOUND)
def learner_attempts(
    team: TeamDep, learner: MenteeDep, exercise: str | None = None
) -> list[LearnerAttemptOut]:
    """A learner's attempts (at one exercise with ``?exercise=``), oldest first, with their
    code and review comments: for the learner, their mentors and admins."""
    attempts = team.store.progress.attempts(learner.learner, exercise)
    comments = team.store.reviews.comments([a.uid for a in attempts])
    return [
        LearnerAttemptOut(
            **attempt_out(a).model_dump(),
            code=dict(a.code),
            comments=[
                CommentOut(
                    id=c.id,
                    author=c.author,
                    file=c.file,
                    line=c.line,
                    body=c.body,
                    created_at=c.created_at,
                )
                for c in comments[a.uid]
            ],
        )
        for a in attempts
    ]
