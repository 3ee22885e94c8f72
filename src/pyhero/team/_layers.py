"""The team server's ASGI layers: believed proxy headers, then sign-in and CSRF.

:class:`TrustedProxies` applies ``X-Forwarded-Proto`` and ``X-Forwarded-For`` only when the
connection comes from ``PYHERO_TRUSTED_PROXIES``. :class:`SignedIn` resolves the session
cookie to an account for every request, sends anyone signed out to ``/login`` (pages) or
answers 401 (the API), checks the CSRF token of every write made with a session, and sets
the page chrome (account menu, CSRF field) for the request.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Sequence
from http.cookies import SimpleCookie
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pyhero.team._security import csrf_token, token_hash, unsign
from pyhero.web import CHROME, Chrome

if TYPE_CHECKING:
    from pyhero.team._state import TeamState

__all__ = ["COOKIE", "CSRF_HEADER", "USER_KEY", "SignedIn", "TrustedProxies"]

COOKIE = "pyhero_session"
CSRF_HEADER = b"x-csrf-token"
USER_KEY = "pyhero.user"
"""Where the signed-in account is kept in the request's scope."""

_SAFE = {"GET", "HEAD", "OPTIONS"}
_PUBLIC_PATHS = frozenset({"/login", "/favicon.ico"})
_PUBLIC_PREFIXES = ("/signup/", "/static/")
_FORM = b"application/x-www-form-urlencoded"
_MAX_FORM = 256 * 1024

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _trusted(address: str, networks: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


class TrustedProxies:
    """Scheme and client address from the proxy headers, for trusted proxies only."""

    def __init__(self, app: ASGIApp, networks: Sequence[Network] = ()) -> None:
        self.app = app
        self.networks = tuple(networks)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        if (
            scope["type"] == "http"
            and self.networks
            and client
            and _trusted(client[0], self.networks)
        ):
            headers = dict(scope.get("headers", ()))
            scope = dict(scope)
            proto = headers.get(b"x-forwarded-proto")
            if proto is not None:
                last = proto.decode("latin-1").split(",")[-1].strip().lower()
                if last in ("http", "https"):
                    scope["scheme"] = last
            forwarded = headers.get(b"x-forwarded-for")
            if forwarded is not None:
                hops = [h.strip() for h in forwarded.decode("latin-1").split(",") if h.strip()]
                # The nearest hop that is not one of our proxies is the client.
                for hop in reversed(hops):
                    if not _trusted(hop, self.networks):
                        scope["client"] = (hop, 0)
                        break
        await self.app(scope, receive, send)


def _session_cookie(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except ValueError:
                return None
            morsel = jar.get(COOKIE)
            if morsel is not None:
                return morsel.value
    return None


async def _answer(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await _answer(send, status, body, [(b"content-type", b"application/json")])


def _wants_page(scope: Scope) -> bool:
    path: str = scope["path"]
    return scope["method"] in ("GET", "HEAD") and not (
        path.startswith("/api/") or path == "/openapi.json"
    )


async def _form_body(receive: Receive) -> bytes | None:
    """The whole urlencoded body (None when it is over the limit)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > _MAX_FORM:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replaying(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class SignedIn:
    """Sign-in for every page and API call but ``/login``, ``/signup/...`` and static files;
    a CSRF token on every write made with a session."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        team: TeamState | None = getattr(getattr(scope.get("app"), "state", None), "team", None)
        if scope["type"] != "http" or team is None:
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        public = path in _PUBLIC_PATHS or path.startswith(_PUBLIC_PREFIXES)
        cookie = _session_cookie(scope)
        token = unsign(team.key, cookie) if cookie else None
        user = None
        if token is not None:
            user = await anyio.to_thread.run_sync(
                team.store.accounts.session_user, token_hash(token)
            )
        if user is None or token is None:
            if public:
                await self._with_chrome(scope, receive, send, Chrome(team=True, styles=team.styles))
            elif _wants_page(scope):
                query = scope.get("query_string", b"").decode("latin-1")
                target = path + (f"?{query}" if query else "")
                location = f"/login?next={quote(target, safe='/')}".encode()
                await _answer(send, 303, b"", [(b"location", location)])
            else:
                await _refuse(send, 401, "sign in first (POST /login)")
            return
        expected = csrf_token(team.key, token)
        if scope["method"] not in _SAFE:
            headers = dict(scope.get("headers", ()))
            sent = headers.get(CSRF_HEADER, b"").decode("latin-1")
            if not sent and headers.get(b"content-type", b"").split(b";")[0].strip() == _FORM:
                body = await _form_body(receive)
                if body is None:
                    await _refuse(send, 413, "request body too large")
                    return
                fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
                sent = fields.get("csrf_token", "")
                receive = _replaying(body, receive)
            if not hmac.compare_digest(sent.encode(), expected.encode()):
                await _refuse(
                    send,
                    403,
                    "the form is out of date (its CSRF token is missing or wrong): "
                    "reload the page and try again",
                )
                return
        scope = {**scope, USER_KEY: user}
        chrome = Chrome(
            lambda: team.account_menu(user, expected),
            expected,
            team=True,
            scripts=team.scripts,
            styles=team.styles,
        )
        await self._with_chrome(scope, receive, send, chrome)

    async def _with_chrome(
        self, scope: Scope, receive: Receive, send: Send, chrome: Chrome
    ) -> None:
        secure = scope.get("scheme") == "https"

        async def send_strict(message: Message) -> None:
            if secure and message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                headers.append((b"strict-transport-security", b"max-age=31536000"))
                message["headers"] = headers
            await send(message)

        reset = CHROME.set(chrome)
        try:
            await self.app(scope, receive, send_strict)
        finally:
            CHROME.reset(reset)
