"""Signing in and out, and signing up with an invitation link."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyhero.progress import TeamError
from pyhero.team import accounts
from pyhero.team._layers import COOKIE
from pyhero.team._security import new_token, sign, token_hash, unsign, verify_password
from pyhero.team._state import TeamState
from pyhero.team.deps import TeamDep, client_address

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

_WINDOW = 15 * 60
_PER_ADDRESS = 5
"""An address may fail this many times the per-account limit (a shared office address)."""


def _local(target: str) -> str:
    """``target`` if it is a path on this site, else ``/`` (no open redirect)."""
    if target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _login_page(
    team: TeamState, *, error: str | None = None, next_path: str = "/", status: int = 200
) -> HTMLResponse:
    return team.render(
        "team/login.html", status, page="login", error=error, next_path=_local(next_path)
    )


async def _start_session(
    team: TeamState, request: Request, user_id: int, target: str
) -> RedirectResponse:
    token, hashed = new_token()
    days = team.settings.session_days
    expires = datetime.now(UTC) + timedelta(days=days)
    address = client_address(request)
    await anyio.to_thread.run_sync(
        team.store.accounts.create_session, user_id, hashed, expires, address
    )
    response = RedirectResponse(_local(target), status_code=303)
    response.set_cookie(
        COOKIE,
        sign(team.key, token),
        max_age=days * 86400,
        path="/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


@router.get("/login", response_class=HTMLResponse)
async def login_page(team: TeamDep, next: str = "/") -> HTMLResponse:
    return _login_page(team, next_path=next)


@router.post("/login")
async def login(
    request: Request,
    team: TeamDep,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=2048)],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    """Sign in; failures count against the account and the address (429 past the limit)."""
    name = username.strip().lower()
    limit = team.settings.login_attempts
    keys = (
        (f"login:user:{name}", limit),
        (f"login:addr:{client_address(request)}", limit * _PER_ADDRESS),
    )
    for key, allowed in keys:
        wait = await team.limiter.blocked(key, allowed, _WINDOW)
        if wait is not None:
            minutes = max(1, round(wait / 60))
            page = _login_page(
                team,
                error=f"Too many failed sign-ins: try again in about {minutes} minute"
                f"{'' if minutes == 1 else 's'}.",
                next_path=next,
                status=429,
            )
            page.headers["Retry-After"] = str(wait)
            return page
    found = await anyio.to_thread.run_sync(team.store.accounts.credentials, name)
    stored = found[1] if found is not None else None
    matches = await anyio.to_thread.run_sync(verify_password, stored, password)
    if found is None or not matches or not found[0].active:
        for key, allowed in keys:
            await team.limiter.hit(key, allowed, _WINDOW)
        return _login_page(team, error="Wrong user name or password.", next_path=next, status=401)
    return await _start_session(team, request, found[0].id, next)


@router.post("/logout")
async def logout(request: Request, team: TeamDep) -> Response:
    cookie = request.cookies.get(COOKIE)
    token = unsign(team.key, cookie) if cookie else None
    if token is not None:
        await anyio.to_thread.run_sync(team.store.accounts.end_session, token_hash(token))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax")
    return response


def _signup_page(
    team: TeamState, token: str, *, error: str | None = None, status: int = 200, **values: str
) -> HTMLResponse:
    invitation = team.store.accounts.invitation(token_hash(token))
    now = datetime.now(UTC)
    if invitation is None or not invitation.usable(now):
        reason = (
            "This invitation link is not valid."
            if invitation is None
            else "This invitation link was used already."
            if invitation.used_at is not None
            else "This invitation link has expired."
        )
        return team.render(
            "team/signup.html", 410, page="signup", invitation=None, reason=reason, token=token
        )
    return team.render(
        "team/signup.html",
        status,
        page="signup",
        invitation=invitation,
        token=token,
        error=error,
        values=values,
    )


@router.get("/signup/{token}", response_class=HTMLResponse)
def signup_page(team: TeamDep, token: str) -> HTMLResponse:
    return _signup_page(team, token)


@router.post("/signup/{token}")
async def signup(
    request: Request,
    team: TeamDep,
    token: str,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=2048)],
    confirm: Annotated[str, Form(max_length=2048)],
    display_name: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Create the invited account and sign it in."""
    values = {"username": username, "display_name": display_name}
    if password != confirm:
        return await anyio.to_thread.run_sync(
            lambda: _signup_page(
                team, token, error="The two passwords differ.", status=422, **values
            )
        )
    try:
        user = await anyio.to_thread.run_sync(
            accounts.sign_up, team.store, token, username, display_name, password
        )
    except TeamError as exc:
        message = str(exc)
        return await anyio.to_thread.run_sync(
            lambda: _signup_page(
                team, token, error=message[:1].upper() + message[1:] + ".", status=422, **values
            )
        )
    return await _start_session(team, request, user.id, "/")
