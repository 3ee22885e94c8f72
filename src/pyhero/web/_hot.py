"""Answer the two hottest GETs straight from the page cache, before routing.

``GET /`` (the roadmap) and ``GET /api/curriculum`` are read far more than anything
changes. Once the routes have rendered them, this layer serves the cached bytes without
routing, dependency solving or validation, as long as it can prove they are current: the
curriculum JSON never changes while the app runs, and the roadmap is served only for the
settings' learner (no dependency override in place) while the status cache vouches that the
store has not changed. Anything else goes on to the app.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from pyhero.web._state import WebState
from pyhero.web.deps import get_learner

__all__ = ["HotPaths"]

_HTML = b"text/html; charset=utf-8"
_JSON = b"application/json"


def _roadmap(state: WebState, overridden: bool) -> bytes | None:
    if overridden:
        return None
    learner = state.settings.learner
    statuses = state.statuses.lookup(learner)
    memo = state.roadmap_keys.get(learner)
    if statuses is None or memo is None or memo[0] is not statuses:
        return None
    return state.cache.get(memo[1])


class HotPaths:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and not scope["query_string"]:
            path = scope["path"]
            if path in ("/", "/api/curriculum"):
                application = scope.get("app")
                state: WebState | None = getattr(getattr(application, "state", None), "web", None)
                if state is not None:
                    if path == "/":
                        overridden = get_learner in application.dependency_overrides  # type: ignore[union-attr]
                        body, kind = _roadmap(state, overridden), _HTML
                    else:
                        body, kind = state.cache.get("api:curriculum"), _JSON
                    if body is not None:
                        await send(
                            {
                                "type": "http.response.start",
                                "status": 200,
                                "headers": [
                                    (b"content-length", str(len(body)).encode()),
                                    (b"content-type", kind),
                                ],
                            }
                        )
                        await send({"type": "http.response.body", "body": body})
                        return
        await self.app(scope, receive, send)
