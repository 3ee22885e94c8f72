"""Cohorts for their mentors: create one, assign its path, invite learners, follow its
dashboard, export its progress as CSV."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Literal

import anyio.to_thread
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyhero.curriculum import Curriculum
from pyhero.progress import CohortRecord, PathItem, TeamError, UserRecord
from pyhero.team import accounts
from pyhero.team._dashboard import DAYS_SHOWN, Dashboard, build_dashboard, to_csv
from pyhero.team._state import TeamState
from pyhero.team.deps import CohortDep, MentorDep, TeamDep, UserDep, client_address

__all__ = ["dashboard_of", "parse_path", "router"]

router = APIRouter(include_in_schema=False)


def parse_path(curriculum: Curriculum, text: str) -> list[PathItem]:
    """Lines ``section <slug> [YYYY-MM-DD]`` or ``topic <slug> [YYYY-MM-DD]``; a bad line is
    named in the error."""
    sections = {s.slug for s in curriculum.sections}
    items: list[PathItem] = []
    for number, raw in enumerate(text.splitlines(), 1):
        words = raw.split()
        if not words or words[0].startswith("#"):
            continue
        where = f"line {number} ({raw.strip()!r})"
        if len(words) not in (2, 3) or words[0] not in ("section", "topic"):
            raise TeamError(f"{where}: write 'section <slug>' or 'topic <slug>', then a date")
        kind, slug = words[0], words[1]
        known = sections if kind == "section" else curriculum.topics
        if slug not in known:
            close = [s for s in (curriculum.suggest(slug) if kind == "topic" else []) if s][:3]
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise TeamError(f"{where}: no {kind} {slug!r}{hint}")
        deadline = None
        if len(words) == 3:
            try:
                deadline = date.fromisoformat(words[2])
            except ValueError:
                raise TeamError(f"{where}: the deadline must be a date like 2026-12-24") from None
        items.append(PathItem(kind=kind, slug=slug, deadline=deadline))
    return items


def path_text(cohort: CohortRecord) -> str:
    return "\n".join(
        f"{i.kind} {i.slug}" + (f" {i.deadline.isoformat()}" if i.deadline else "")
        for i in cohort.path
    )


def dashboard_of(team: TeamState, cohort: CohortRecord) -> Dashboard:
    now = datetime.now(UTC).astimezone()
    learners = list(cohort.learners)
    report = team.store.cohorts.cohort_progress(learners)
    since = now - timedelta(days=DAYS_SHOWN)
    times = team.store.cohorts.attempt_times(learners, since)
    return build_dashboard(team.curriculum, cohort, report, times, now, team.settings)


def _cohort_page(
    team: TeamState,
    user: UserRecord,
    cohort: CohortRecord,
    *,
    status: int = 200,
    error: str | None = None,
    path: str | None = None,
    link: str | None = None,
) -> HTMLResponse:
    invitations = team.store.accounts.invitations(cohort.id)
    return team.render(
        "team/cohort.html",
        status,
        page="cohort",
        user=user,
        cohort=cohort,
        board=dashboard_of(team, cohort),
        invitations=invitations,
        now=datetime.now(UTC),
        path_text=path if path is not None else path_text(cohort),
        error=error,
        link=link,
        stuck_days=team.settings.stuck_days,
    )


@router.post("/team/cohorts")
async def create_cohort(
    request: Request, team: TeamDep, user: MentorDep, name: Annotated[str, Form(max_length=200)]
) -> Response:
    try:
        cohort = await anyio.to_thread.run_sync(
            lambda: accounts.create_cohort(
                team.store, name, user, actor=user.username, address=client_address(request)
            )
        )
    except TeamError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    return RedirectResponse(f"/team/cohorts/{cohort.id}", status_code=303)


@router.get("/team/cohorts/{cohort_id}", response_class=HTMLResponse)
def cohort_page(team: TeamDep, user: UserDep, cohort: CohortDep) -> HTMLResponse:
    """The dashboard: progress matrix, who is stuck, attempts per day, path, invitations."""
    return _cohort_page(team, user, cohort)


@router.post("/team/cohorts/{cohort_id}/path", response_class=HTMLResponse)
def set_path(
    request: Request,
    team: TeamDep,
    user: UserDep,
    cohort: CohortDep,
    path: Annotated[str, Form(max_length=20000)] = "",
) -> Response:
    try:
        items = parse_path(team.curriculum, path)
    except TeamError as exc:
        return _cohort_page(team, user, cohort, status=422, error=str(exc), path=path)
    team.store.cohorts.set_path(cohort.id, items)
    details = {"items": [f"{i.kind} {i.slug}" for i in items]}
    team.store.accounts.audit(
        user.username, "set-path", cohort.name, details, client_address(request)
    )
    return RedirectResponse(f"/team/cohorts/{cohort.id}#path", status_code=303)


@router.post("/team/cohorts/{cohort_id}/invitations", response_class=HTMLResponse)
def invite_to_cohort(
    request: Request,
    team: TeamDep,
    user: UserDep,
    cohort: CohortDep,
    role: Annotated[Literal["learner", "mentor"], Form()] = "learner",
    note: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse:
    """A one-time sign-up link into this cohort, shown once on the page."""
    link, _ = accounts.invite(
        team.store,
        team.settings,
        role,
        actor=user.username,
        cohort=cohort,
        note=note,
        created_by=user,
        address=client_address(request),
    )
    return _cohort_page(team, user, cohort, link=link)


@router.post("/team/cohorts/{cohort_id}/members/{username}/remove")
def remove_member(
    request: Request, team: TeamDep, user: UserDep, cohort: CohortDep, username: str
) -> Response:
    member = next((m for m in cohort.members if m.user.username == username), None)
    if member is None:
        raise HTTPException(404, detail=f"{username!r} is not in this cohort")
    if member.role == "mentor" and len(cohort.mentors) == 1:
        raise HTTPException(422, detail="a cohort keeps at least one mentor")
    team.store.cohorts.remove_member(cohort.id, member.user.id)
    team.store.accounts.audit(
        user.username, "remove-member", cohort.name, {"user": username}, client_address(request)
    )
    return RedirectResponse(f"/team/cohorts/{cohort.id}#members", status_code=303)


@router.get("/team/cohorts/{cohort_id}/progress.csv")
def cohort_csv(team: TeamDep, cohort: CohortDep) -> Response:
    """The matrix as CSV: one row per learner, one column per path topic."""
    safe = "".join(ch if ch.isalnum() else "-" for ch in cohort.name).strip("-") or "cohort"
    return Response(
        to_csv(dashboard_of(team, cohort)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{safe}-progress.csv"'},
    )
