"""Answer the two hottest GETs straight from the page cache, before routing.

``GET /`` (the roadmap) and ``GET /api/curriculum`` are read far more than anything
changes. Once the routes have rendered them, this layer serves the cached bytes without
routing, dependency solving or validation, as long as it can prove they are current: the
curriculum JSON never changes while the app runs, and the roadmap is served only for the
settings' learner (no dependency override, no accounts) while the status cache vouches that
the store has not changed, on the day it was rendered (the streak counts days). Anything
else goes on to the app. Clients that accept gzip get the cached bytes compressed (once
per version).
"""

from __future__ import annotations

import gzip
import time

from starlette.types import ASGIApp, Receive, Scope, Send

from pyhero.web._state import WebState
from pyhero.web.deps import get_learner

__all__ = ["HotPaths"]

_HTML = b"text/html; charset=utf-8"
_JSON = b"application/json"
_PATHS = frozenset({"/", "/api/curriculum"})


def _roadmap(state: WebState, overridden: bool) -> bytes | None:
    body = _cached(state, "/", overridden)
    return None if body is None else body[1]


def _cached(state: WebState, path: str, overridden: bool) -> tuple[str, bytes, bytes] | None:
    """(cache key, body, content type) of ``path`` if the cache provably holds it."""
    if path == "/api/curriculum":
        body = state.cache.get("api:curriculum")
        return None if body is None else ("api:curriculum", body, _JSON)
    if overridden or state.learner_of is not None:
        return None
    learner = state.settings.learner
    statuses = state.statuses.lookup(learner)
    memo = state.roadmap_keys.get(learner)
    if statuses is None or memo is None or memo[0] is not statuses or time.time() >= memo[1]:
        return None
    body = state.cache.get(memo[2])
    return None if body is None else (memo[2], body, _HTML)


def _gzipped(state: WebState, key: str, body: bytes) -> bytes:
    packed = state.cache.get(f"{key}:gzip")
    if packed is None:
        packed = state.cache.put(f"{key}:gzip", gzip.compress(body, 6, mtime=0))
    return packed


class HotPaths:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        hot = (
            scope["type"] == "http"
            and scope["method"] == "GET"
            and scope["path"] in _PATHS
            and not scope["query_string"]
        )
        application = scope.get("app") if hot else None
        state: WebState | None = getattr(getattr(application, "state", None), "web", None)
        found = None
        if state is not None:
            overridden = get_learner in application.dependency_overrides  # type: ignore[union-attr]
            found = _cached(state, scope["path"], overridden)
        if state is None or found is None:
            await self.app(scope, receive, send)
            return
        key, body, kind = found
        headers = [(b"content-type", kind), (b"vary", b"accept-encoding")]
        if b"gzip" in dict(scope["headers"]).get(b"accept-encoding", b""):
            body = _gzipped(state, key, body)
            headers.append((b"content-encoding", b"gzip"))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
