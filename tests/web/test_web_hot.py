"""The hot-path layer serves exactly what the routes render, and never a stale roadmap."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from pyhero.progress import NewAttempt, open_store
from pyhero.web._hot import _roadmap
from pyhero.web._state import WebState

from .conftest import Web


def _quiet(web: Web) -> None:
    """Make the database look untouched for a minute (as between two page views)."""
    database = Path(str(make_url(web.settings.database_url).database))
    past = time.time() - 60
    for path in (database, Path(f"{database}-wal")):
        if path.exists():
            os.utime(path, (past, past))


def test_cached_pages_are_served_as_rendered(web: Web) -> None:
    state: WebState = web.app.state.web
    _quiet(web)
    routed = web.client.get("/")
    assert routed.status_code == 200
    assert _roadmap(state, overridden=False) == routed.content
    again = web.client.get("/", headers={"accept-encoding": "identity"})
    assert again.content == routed.content
    assert again.headers["content-type"] == "text/html; charset=utf-8"
    assert "content-encoding" not in again.headers
    packed = web.client.get("/", headers={"accept-encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert int(packed.headers["content-length"]) < len(routed.content) // 3
    assert packed.content == routed.content  # decoded by the client
    first = web.client.get("/api/curriculum")
    assert state.cache.get("api:curriculum") == first.content
    assert web.client.get("/api/curriculum").json() == first.json()


def test_a_terminal_attempt_is_never_hidden_by_the_cache(web: Web) -> None:
    learner = web.settings.learner
    _quiet(web)
    web.client.get("/")
    assert _roadmap(web.app.state.web, overridden=False) is not None
    with open_store(web.settings.database_url) as terminal:
        terminal.record_attempt(
            learner,
            NewAttempt(
                exercise="add-numbers",
                verdict="passed",
                duration_ms=3.0,
                code={"add_numbers.py": "def add(a, b): return a + b"},
                isolation="local",
            ),
        )
    assert _roadmap(web.app.state.web, overridden=False) is None
    page = web.client.get("/").text
    assert re.search(r'<a href="/topics/numbers" class="node done', page)


def test_an_overridden_learner_is_never_served_from_the_hot_path(web: Web) -> None:
    assert _roadmap(web.app.state.web, overridden=True) is None
