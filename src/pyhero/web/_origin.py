"""Refuse requests that another web site makes the learner's browser send.

The app has no login: any page the learner visits could otherwise post a form to
``127.0.0.1`` and, say, write code into the workspace. Browsers name the page's origin in
``Origin`` (and ``Sec-Fetch-Site``) on such requests; a write whose origin is not this
app's own host is answered 403. Requests without those headers (curl, scripts, tests) pass.

When the app serves only the loopback interface, the ``Host`` header must name it too
(``localhost``, ``127.0.0.1``, ``[::1]``): a DNS-rebinding page, whose own name points at
127.0.0.1, is answered 400 instead of reading or writing the learner's data. The team server
behind a proxy on the loopback also answers to the host name of ``PYHERO_PUBLIC_URL``.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from pyhero.config import Settings

__all__ = ["LOOPBACK_HOSTS", "SameOriginWrites", "allowed_hosts"]

_SAFE = {"GET", "HEAD", "OPTIONS"}
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "testserver"})
"""Host names a loopback-only app answers to (``testserver``: Starlette's test client)."""


def allowed_hosts(settings: Settings) -> frozenset[str] | None:
    """The ``Host`` names an app answers to: the loopback names (and the public URL's host)
    when it listens on the loopback interface; any name otherwise (None)."""
    host = settings.host
    if host not in LOOPBACK_HOSTS and not host.startswith("127."):
        return None
    if settings.public_url is None:
        return LOOPBACK_HOSTS
    public = urlsplit(settings.public_url).hostname
    return LOOPBACK_HOSTS | {public.lower()} if public else LOOPBACK_HOSTS


def _host_name(host: bytes) -> str:
    text = host.decode("latin-1").strip().lower()
    if text.startswith("["):  # [::1]:8000
        return text[1 : text.find("]")] if "]" in text else text
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


def _cross_site(headers: dict[bytes, bytes]) -> bool:
    site = headers.get(b"sec-fetch-site")
    if site is not None and site not in {b"same-origin", b"none"}:
        return True
    origin = headers.get(b"origin")
    if origin is None or origin == b"null":
        return origin == b"null"
    host = headers.get(b"host", b"").decode("latin-1").lower()
    return urlsplit(origin.decode("latin-1")).netloc.lower() != host


class SameOriginWrites:
    """403 for cross-site writes; 400 for foreign ``Host`` names when ``hosts`` is given."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers", ()))
            if self.hosts is not None and _host_name(headers.get(b"host", b"")) not in self.hosts:
                await _refuse(send, 400, "unknown host: this app answers on the loopback only")
                return
            if scope["method"] not in _SAFE and _cross_site(headers):
                await _refuse(send, 403, "cross-site request refused")
                return
        await self.app(scope, receive, send)


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
