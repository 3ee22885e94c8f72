"""Earned progress: every grading attempt and hint, per learner, in SQLite or PostgreSQL.

Open with :func:`open_store` (applies pending migrations); statuses are derived only from
recorded grader verdicts.
"""

from __future__ import annotations

from pyhero.progress._errors import StoreError
from pyhero.progress._exchange import ExchangeError, ProgressExport, dump, parse
from pyhero.progress._migrate import NewerDatabaseError
from pyhero.progress._stats import activity_summary
from pyhero.progress._store import ProgressStore, Verifier
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


def open_store(url: str) -> ProgressStore:
    """Open (and migrate) the store at ``url``; raises :class:`StoreError` on failure."""
    return ProgressStore(url)
