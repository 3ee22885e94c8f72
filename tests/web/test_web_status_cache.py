"""The status cache answers without the database only while the database is unchanged."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pyhero.progress import NewAttempt, Status, open_store
from pyhero.web._status_cache import StatusCache


def _attempt(exercise: str, verdict: str) -> NewAttempt:
    return NewAttempt(
        exercise=exercise, verdict=verdict, duration_ms=1.0, code={"a.py": ""}, isolation="local"
    )


def _age(database: Path, seconds: float) -> None:
    past = time.time() - seconds
    for path in (database, Path(f"{database}-wal")):
        if path.exists():
            os.utime(path, (past, past))


def test_statuses_are_reused_until_another_process_writes(tmp_path: Path) -> None:
    database = tmp_path / "progress.db"
    url = f"sqlite:///{database}"
    with open_store(url) as web_store, open_store(url) as terminal_store:
        web_store.record_attempt("ada", _attempt("add-numbers", "failed"))
        cache = StatusCache(web_store)
        _age(database, 60)  # a quiet database
        first = cache.statuses("ada")
        assert first == {"add-numbers": Status.ATTEMPTED}
        assert cache.lookup("ada") is first
        terminal_store.record_attempt("ada", _attempt("add-numbers", "passed"))
        assert cache.lookup("ada") is None
        assert cache.statuses("ada") == {"add-numbers": Status.DONE}


def test_a_database_written_just_now_is_not_cached(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'progress.db'}") as store:
        store.record_attempt("ada", _attempt("add-numbers", "passed"))
        cache = StatusCache(store)
        assert cache.statuses("ada") == {"add-numbers": Status.DONE}
        assert cache.lookup("ada") is None


def test_other_databases_are_always_asked(tmp_path: Path) -> None:
    with open_store("sqlite://") as store:
        cache = StatusCache(store)
        assert cache.statuses("ada") == {}
        assert cache.lookup("ada") is None
