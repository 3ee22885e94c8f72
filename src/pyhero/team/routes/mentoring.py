"""A learner's pages for their mentors: every exercise they tried, and each exercise's
attempts with verdicts, failing tests, diffs between iterations and line comments."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from pyhero.progress import Status
from pyhero.team._history import attempt_views
from pyhero.team.deps import MenteeDep, TeamDep, UserDep
from pyhero.web.deps import ExerciseDep

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/team/learners/{username}", response_class=HTMLResponse)
def learner_page(team: TeamDep, user: UserDep, learner: MenteeDep) -> HTMLResponse:
    """The exercises the learner tried, most recent first, with status and counts."""
    progress = team.store.progress.progress(learner.learner)
    rows = sorted(
        progress.values(),
        key=lambda p: p.last_attempt_at or datetime.min.replace(tzinfo=UTC),
        reverse=True,
    )
    cohorts = [
        c
        for c in team.store.cohorts.cohorts_for(user)
        if any(u.id == learner.id for u in c.learners)
    ]
    return team.render(
        "team/learner.html",
        page="learner",
        user=user,
        learner=learner,
        rows=rows,
        exercises=team.curriculum.exercises,
        cohorts=cohorts,
        done=sum(p.status is Status.DONE for p in progress.values()),
    )


@router.get("/team/learners/{username}/exercises/{slug}", response_class=HTMLResponse)
def learner_exercise_page(
    team: TeamDep, user: UserDep, learner: MenteeDep, exercise: ExerciseDep
) -> HTMLResponse:
    """Each attempt at the exercise, with what changed since the one before and the review
    conversation; opening it marks the comments shown as read."""
    attempts = team.store.progress.attempts(learner.learner, exercise.slug)
    comments = team.store.reviews.comments([a.uid for a in attempts])
    ids = [c.id for found in comments.values() for c in found]
    unread = team.store.reviews.unread_among(user.id, ids)
    if unread:
        team.store.reviews.mark_read(user.id, sorted(unread))
    views = attempt_views(attempts, comments, unread)
    return team.render(
        "team/learner_exercise.html",
        page="learner-exercise",
        user=user,
        learner=learner,
        exercise=exercise,
        views=list(reversed(views)),
        can_comment=True,
    )
