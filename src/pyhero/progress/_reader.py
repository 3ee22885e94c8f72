"""Read-only access to progress that starts fast, for commands that only show it.

A SQLite store already at the current schema is read through the standard library's
``sqlite3``: importing SQLAlchemy alone takes longer than ``pyhero list`` should. Anything
else (PostgreSQL, a missing file, a schema to migrate, a file that is not a database) is
opened as a full :class:`~pyhero.progress.ProgressStore`, which migrates, or reports the
problem with its way out. Both run the same queries (``_rows``).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from pyhero.progress._errors import failure, sqlite_failure
from pyhero.progress._review_rows import (
    QUIZZES,
    READ_MARKS,
    REVIEW_CARDS,
    REVIEW_LOGS,
    cards_from_rows,
    quizzes_from_rows,
    read_marks_from_rows,
    reviews_from_rows,
)
from pyhero.progress._review_types import CardRecord, QuizRecord, ReviewRecord
from pyhero.progress._revisions import HEAD
from pyhero.progress._rows import (
    ACTIVITY,
    ATTEMPT_TOTALS,
    HINT_TOTALS,
    activity_from_rows,
    progress_from_rows,
)
from pyhero.progress._types import ExerciseProgress, Status

__all__ = ["ProgressReader", "open_reader", "sqlite_file"]

_SQLITE_URL = re.compile(r"sqlite(?:\+pysqlite)?:///(?P<path>[^?]*)(?P<options>\?.*)?")
_BUSY_TIMEOUT_SECONDS = 30.0


class ProgressReader(Protocol):
    """What a command that only shows progress needs; :class:`ProgressStore` has it too."""

    def progress(self, learner: str) -> dict[str, ExerciseProgress]: ...

    def statuses(self, learner: str) -> dict[str, Status]: ...

    def activity(self, learner: str) -> list[tuple[datetime, float]]: ...

    def review_cards(self, learner: str) -> dict[str, CardRecord]: ...

    def reviews(self, learner: str) -> list[ReviewRecord]: ...

    def read_marks(self, learner: str) -> dict[str, datetime]: ...

    def quizzes(self, learner: str) -> dict[str, QuizRecord]: ...

    def close(self) -> None: ...

    def __enter__(self) -> ProgressReader: ...

    def __exit__(self, *_exc: object) -> None: ...


def sqlite_file(url: str) -> Path | None:
    """The database file a ``sqlite:///PATH`` URL names (its options aside); None for any other
    URL and for an in-memory database."""
    found = _SQLITE_URL.fullmatch(url)
    if found is None or found["path"] in ("", ":memory:"):
        return None
    return Path(found["path"])


class _SqliteReader:
    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self._where = str(path)
        self._connection = connection

    @classmethod
    def open(cls, path: Path) -> _SqliteReader | None:
        """A reader when ``path`` is a SQLite store at :data:`HEAD`; None otherwise."""
        try:
            connection = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_SECONDS)
        except sqlite3.Error:
            return None
        try:
            connection.execute("PRAGMA query_only = ON")
            revisions = {
                row[0] for row in connection.execute("SELECT version_num FROM alembic_version")
            }
        except sqlite3.Error:
            revisions = set()
        if revisions != {HEAD}:
            connection.close()
            return None
        return cls(path, connection)

    def _rows(self, query: str, learner: str) -> list[Any]:
        try:
            found = self._connection.execute(
                "SELECT id FROM learners WHERE name = :name", {"name": learner}
            ).fetchone()
            if found is None:  # nothing recorded yet: the store creates learners on write
                return []
            return self._connection.execute(query, {"learner": found[0]}).fetchall()
        except sqlite3.Error as exc:
            raise sqlite_failure(self._where, exc) or failure(
                self._where, str(exc), connecting=False
            ) from exc

    def progress(self, learner: str) -> dict[str, ExerciseProgress]:
        hints = self._rows(HINT_TOTALS, learner)
        return progress_from_rows(self._rows(ATTEMPT_TOTALS, learner), hints)

    def statuses(self, learner: str) -> dict[str, Status]:
        return {slug: item.status for slug, item in self.progress(learner).items()}

    def activity(self, learner: str) -> list[tuple[datetime, float]]:
        return activity_from_rows(self._rows(ACTIVITY, learner))

    def review_cards(self, learner: str) -> dict[str, CardRecord]:
        return cards_from_rows(self._rows(REVIEW_CARDS, learner))

    def reviews(self, learner: str) -> list[ReviewRecord]:
        return reviews_from_rows(self._rows(REVIEW_LOGS, learner))

    def read_marks(self, learner: str) -> dict[str, datetime]:
        return read_marks_from_rows(self._rows(READ_MARKS, learner))

    def quizzes(self, learner: str) -> dict[str, QuizRecord]:
        return quizzes_from_rows(self._rows(QUIZZES, learner))

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> _SqliteReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_reader(url: str) -> ProgressReader:
    """Progress at ``url``, read-only; raises :class:`~pyhero.progress.StoreError` as
    ``open_store`` does."""
    path = sqlite_file(url)
    if path is not None and path.is_file() and "?" not in url:
        reader = _SqliteReader.open(path)
        if reader is not None:
            return reader
    from pyhero.progress._store import ProgressStore

    return ProgressStore(url)
