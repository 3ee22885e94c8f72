"""The team page (cohorts, deadlines), the reviews inbox, and commenting on an attempt."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyhero.progress import MAX_COMMENT, TeamError
from pyhero.team._dashboard import path_topics
from pyhero.team.deps import AttemptDep, TeamDep, UserDep
from pyhero.web._status import topic_statuses

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/team", response_class=HTMLResponse)
def team_page(team: TeamDep, user: UserDep) -> HTMLResponse:
    """The cohorts you learn in (path, deadlines, your status) and those you mentor."""
    cohorts = team.store.cohorts.cohorts_for(user)
    statuses = topic_statuses(team.curriculum, team.store.progress.statuses(user.learner))
    learning = []
    mentoring = []
    for cohort in cohorts:
        role = next((m.role for m in cohort.members if m.user.id == user.id), None)
        if role == "learner":
            topics, _ = path_topics(team.curriculum, cohort.path)
            learning.append((cohort, [(t, statuses.get(t.topic.slug, "none")) for t in topics]))
        elif role == "mentor" or user.is_admin:
            mentoring.append(cohort)
    return team.render(
        "team/home.html",
        page="team",
        user=user,
        learning=learning,
        mentoring=mentoring,
        today=datetime.now(UTC).date(),
    )


@router.get("/team/reviews", response_class=HTMLResponse)
def reviews_page(team: TeamDep, user: UserDep) -> HTMLResponse:
    """Review comments you have not read yet, with where to read them."""
    unread = team.store.reviews.unread(user.id)
    titles = {slug: e.title for slug, e in team.curriculum.exercises.items()}
    return team.render("team/reviews.html", page="reviews", user=user, unread=unread, titles=titles)


def _back_to(user_learner: str, owner_learner: str, exercise: str, number: int) -> str:
    if user_learner == owner_learner:
        return f"/exercises/{exercise}#review"
    return f"/team/learners/{owner_learner}/exercises/{exercise}#attempt-{number}"


@router.post("/team/attempts/{uid}/comments")
async def add_comment(
    request: Request,
    team: TeamDep,
    user: UserDep,
    found: AttemptDep,
    body: Annotated[str, Form(max_length=MAX_COMMENT + 100)],
    file: Annotated[str, Form(max_length=200)] = "",
    line: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    """Comment on an attempt (a line of a file, or the whole attempt); its learner, and
    everyone already in the conversation, see it as unread."""
    attempt, owner = found
    try:
        number = int(line) if line.strip() else None
    except ValueError:
        raise HTTPException(422, detail="the line must be a number") from None
    try:
        await anyio.to_thread.run_sync(
            lambda: team.store.reviews.add_comment(
                user, attempt, owner, body, file=file or None, line=number
            )
        )
    except TeamError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    attempts = await anyio.to_thread.run_sync(
        team.store.progress.attempts, owner.learner, attempt.exercise
    )
    index = next((i for i, a in enumerate(attempts, 1) if a.uid == attempt.uid), 1)
    target = _back_to(user.learner, owner.learner, attempt.exercise, index)
    if request.headers.get("accept", "").startswith("application/json"):
        return Response(status_code=204)
    return RedirectResponse(target, status_code=303)
