"""Exercise statuses without a database query per page view, when that is safe.

For a SQLite store the statuses are reused while the database files (``.db`` and its WAL)
keep the same size and modification time, and only when those files had been quiet for a
while when the statuses were read: a commit always changes them then, whatever the file
system's timestamp granularity. Any other store is asked every time.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from threading import Lock

from sqlalchemy.engine import make_url

from pyhero.progress import ProgressStore, Status

__all__ = ["StatusCache"]

_QUIET_SECONDS = 2.0

Signature = tuple[tuple[int, int], ...]


def _sqlite_files(url: str) -> tuple[Path, ...] | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    database = Path(parsed.database).expanduser()
    return (database, Path(f"{database}-wal"))


class StatusCache:
    """``statuses(learner)`` as the store would answer it, asked only when the data changed."""

    def __init__(self, store: ProgressStore) -> None:
        self.store = store
        self._files = _sqlite_files(store.url)
        self._cached: dict[str, tuple[Signature, dict[str, Status]]] = {}
        self._lock = Lock()

    def _signature(self) -> tuple[Signature, float] | None:
        """(size, mtime) of each database file and the newest mtime; None without files."""
        if self._files is None:
            return None
        parts: list[tuple[int, int]] = []
        newest = 0.0
        for path in self._files:
            try:
                info = os.stat(path)
            except FileNotFoundError:
                parts.append((-1, -1))
                continue
            parts.append((info.st_size, info.st_mtime_ns))
            newest = max(newest, info.st_mtime)
        return tuple(parts), newest

    def lookup(self, learner: str) -> dict[str, Status] | None:
        """The cached statuses if the database cannot have changed since; else None."""
        found = self._cached.get(learner)
        current = self._signature()
        if found is None or current is None or found[0] != current[0]:
            return None
        return found[1]

    def statuses(self, learner: str) -> dict[str, Status]:
        cached = self.lookup(learner)
        if cached is not None:
            return cached
        before = self._signature()
        fresh = self.store.statuses(learner)
        after = self._signature()
        if before is not None and after is not None and before[0] == after[0]:
            quiet = time.time() - after[1] > _QUIET_SECONDS
            with self._lock:
                if quiet:
                    self._cached[learner] = (after[0], fresh)
                else:
                    self._cached.pop(learner, None)
        return fresh
