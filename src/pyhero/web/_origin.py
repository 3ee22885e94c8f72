"""Refuse state-changing requests that another web site makes the learner's browser send.

The app has no login: any page the learner visits could otherwise post a form to
``127.0.0.1`` and, say, write code into the workspace. Browsers name the page's origin in
``Origin`` (and ``Sec-Fetch-Site``) on such requests; a write whose origin is not this
app's own host is answered 403. Requests without those headers (curl, scripts, tests) pass.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["SameOriginWrites"]

_SAFE = {"GET", "HEAD", "OPTIONS"}


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
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in _SAFE:
            headers = dict(scope.get("headers", ()))
            if _cross_site(headers):
                body = json.dumps({"detail": "cross-site request refused"}).encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 403,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
