"""The admin page: accounts (roles, deactivation, password resets), invitations, the
grading queue and its workers, and the audit log. Every change is audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyhero.progress import ROLES, Role, TeamError, UserRecord
from pyhero.team import accounts
from pyhero.team._health import health
from pyhero.team._state import TeamState
from pyhero.team.deps import AdminDep, TeamDep, client_address

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


async def _admin_page(
    team: TeamState,
    user: UserRecord,
    *,
    status: int = 200,
    error: str | None = None,
    link: str | None = None,
    notice: str | None = None,
) -> HTMLResponse:
    queue = await health(team.redis, team.store, team.version)

    def render() -> HTMLResponse:
        return team.render(
            "team/admin.html",
            status,
            page="admin",
            user=user,
            users=team.store.accounts.users(),
            invitations=team.store.accounts.invitations(),
            audit=team.store.accounts.audit_log(100),
            queue=queue,
            roles=ROLES,
            error=error,
            link=link,
            notice=notice,
        )

    return await anyio.to_thread.run_sync(render)


@router.get("/team/admin", response_class=HTMLResponse)
async def admin_page(team: TeamDep, user: AdminDep) -> HTMLResponse:
    return await _admin_page(team, user)


async def _act(team: TeamState, user: UserRecord, action: Callable[[], object]) -> Response:
    """Run an account action; a refusal is shown on the page (422), success goes back."""
    try:
        await anyio.to_thread.run_sync(action)
    except TeamError as exc:
        return await _admin_page(team, user, status=422, error=str(exc))
    return RedirectResponse("/team/admin#users", status_code=303)


@router.post("/team/admin/users/{username}/role")
async def set_role(
    request: Request,
    team: TeamDep,
    user: AdminDep,
    username: str,
    role: Annotated[Role, Form()],
) -> Response:
    return await _act(
        team,
        user,
        lambda: accounts.set_role(
            team.store,
            username,
            role,
            actor=user.username,
            address=client_address(request),
        ),
    )


@router.post("/team/admin/users/{username}/active")
async def set_active(
    request: Request,
    team: TeamDep,
    user: AdminDep,
    username: str,
    active: Annotated[str, Form()],
) -> Response:
    if username == user.username and active != "1":
        return await _admin_page(team, user, status=422, error="you cannot deactivate yourself")
    return await _act(
        team,
        user,
        lambda: accounts.set_active(
            team.store,
            username,
            active == "1",
            actor=user.username,
            address=client_address(request),
        ),
    )


@router.post("/team/admin/users/{username}/password", response_class=HTMLResponse)
async def reset_password(
    request: Request,
    team: TeamDep,
    user: AdminDep,
    username: str,
    password: Annotated[str, Form(max_length=2048)],
) -> Response:
    """Set a new password (tell it to its owner); the account is signed out everywhere."""
    try:
        await anyio.to_thread.run_sync(
            lambda: accounts.reset_password(
                team.store, username, password, actor=user.username, address=client_address(request)
            )
        )
    except TeamError as exc:
        return await _admin_page(team, user, status=422, error=str(exc))
    return await _admin_page(team, user, notice=f"The password of {username} was reset.")


@router.post("/team/admin/invitations", response_class=HTMLResponse)
async def invite(
    request: Request,
    team: TeamDep,
    user: AdminDep,
    role: Annotated[Role, Form()],
    note: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse:
    """A one-time sign-up link for a learner, mentor or admin (in no cohort)."""
    link, _ = await anyio.to_thread.run_sync(
        lambda: accounts.invite(
            team.store,
            team.settings,
            role,
            actor=user.username,
            note=note,
            created_by=user,
            address=client_address(request),
        )
    )
    return await _admin_page(team, user, link=link)


@router.post("/team/admin/invitations/{invitation_id}/revoke")
async def revoke(request: Request, team: TeamDep, user: AdminDep, invitation_id: int) -> Response:
    gone = await anyio.to_thread.run_sync(team.store.accounts.revoke_invitation, invitation_id)
    if not gone:
        raise HTTPException(404, detail=f"no unused invitation {invitation_id}")
    await anyio.to_thread.run_sync(
        lambda: team.store.accounts.audit(
            user.username,
            "revoke-invitation",
            f"invitation {invitation_id}",
            {},
            client_address(request),
        )
    )
    return RedirectResponse("/team/admin#invitations", status_code=303)
