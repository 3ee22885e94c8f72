"""Earned progress: every grading attempt and hint, per learner, in SQLite or PostgreSQL.

Open with :func:`open_store` (applies pending migrations); statuses are derived only from
recorded grader verdicts. SQLAlchemy is imported on first use of the store, so that
commands which never touch the database start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyhero.progress._errors import NewerDatabaseError, StoreError
from pyhero.progress._exchange import ExchangeError, ProgressExport, dump, parse
from pyhero.progress._stats import activity_summary
from pyhero.progress._types import (
    VERDICTS,
    AttemptRecord,
    ExerciseProgress,
    HintRecord,
    ImportReport,
    NewAttempt,
    Status,
    TestSummary,
    code_hash,
)

__all__ = [
    "VERDICTS",
    "AttemptRecord",
    "ExchangeError",
    "ExerciseProgress",
    "HintRecord",
    "ImportReport",
    "NewAttempt",
    "NewerDatabaseError",
    "ProgressExport",
    "ProgressStore",
    "Status",
    "StoreError",
    "TestSummary",
    "Verifier",
    "activity_summary",
    "code_hash",
    "dump",
    "open_store",
    "parse",
]


if TYPE_CHECKING:
    from pyhero.progress._store import ProgressStore, Verifier


def open_store(url: str) -> ProgressStore:
    """Open (and migrate) the store at ``url``; raises :class:`StoreError` on failure."""
    from pyhero.progress._store import ProgressStore

    return ProgressStore(url)


def __getattr__(name: str) -> object:
    if name in {"ProgressStore", "Verifier"}:
        from pyhero.progress import _store

        return getattr(_store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
