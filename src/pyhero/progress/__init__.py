"""Earned progress: every grading attempt and hint, per learner, in SQLite or PostgreSQL.

Open with :func:`open_store` (applies pending migrations); statuses are derived only from
recorded grader verdicts. Commands that only show progress use :func:`open_reader`, which
reads an up-to-date SQLite store without SQLAlchemy. The team server's accounts, cohorts,
reviews and grading jobs live in the same database: :func:`open_team_store`. SQLAlchemy,
and the export format, are imported on first use, so that commands which never need them
start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyhero.progress._errors import NewerDatabaseError, StoreError
from pyhero.progress._reader import ProgressReader, open_reader, sqlite_file
from pyhero.progress._review_types import CardRecord, QuizRecord, ReviewRecord
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
    "MAX_COMMENT",
    "ROLES",
    "USERNAME",
    "VERDICTS",
    "ActiveJobError",
    "AttemptRecord",
    "AuditRecord",
    "CardRecord",
    "CohortProgress",
    "CohortRecord",
    "CommentRecord",
    "DraftRecord",
    "ExchangeError",
    "ExerciseProgress",
    "HintRecord",
    "ImportReport",
    "InvitationRecord",
    "JobCounts",
    "JobRecord",
    "MemberRecord",
    "NewAttempt",
    "NewerDatabaseError",
    "PathItem",
    "ProgressExport",
    "ProgressReader",
    "ProgressStore",
    "QuizRecord",
    "ReviewRecord",
    "Role",
    "Status",
    "StoreError",
    "TeamError",
    "TeamStore",
    "TestSummary",
    "UserRecord",
    "Verifier",
    "activity_summary",
    "code_hash",
    "dump",
    "open_reader",
    "open_store",
    "open_team_store",
    "parse",
    "sqlite_file",
]


if TYPE_CHECKING:
    from pyhero.progress._exchange import ExchangeError, ProgressExport, dump, parse
    from pyhero.progress._stats import activity_summary
    from pyhero.progress._store import ProgressStore, Verifier
    from pyhero.progress._team import TeamStore
    from pyhero.progress._team_types import (
        MAX_COMMENT,
        ROLES,
        USERNAME,
        ActiveJobError,
        AuditRecord,
        CohortProgress,
        CohortRecord,
        CommentRecord,
        DraftRecord,
        InvitationRecord,
        JobCounts,
        JobRecord,
        MemberRecord,
        PathItem,
        Role,
        TeamError,
        UserRecord,
    )

_LAZY = {
    "activity_summary": "_stats",
    "MAX_COMMENT": "_team_types",
    "ROLES": "_team_types",
    "USERNAME": "_team_types",
    "ActiveJobError": "_team_types",
    "AuditRecord": "_team_types",
    "CohortProgress": "_team_types",
    "CohortRecord": "_team_types",
    "CommentRecord": "_team_types",
    "DraftRecord": "_team_types",
    "InvitationRecord": "_team_types",
    "JobCounts": "_team_types",
    "JobRecord": "_team_types",
    "MemberRecord": "_team_types",
    "PathItem": "_team_types",
    "Role": "_team_types",
    "TeamError": "_team_types",
    "UserRecord": "_team_types",
    "ExchangeError": "_exchange",
    "ProgressExport": "_exchange",
    "dump": "_exchange",
    "parse": "_exchange",
    "ProgressStore": "_store",
    "Verifier": "_store",
    "TeamStore": "_team",
}


def open_store(url: str) -> ProgressStore:
    """Open (and migrate) the store at ``url``; raises :class:`StoreError` on failure."""
    from pyhero.progress._store import ProgressStore

    return ProgressStore(url)


def open_team_store(url: str) -> TeamStore:
    """Open (and migrate) the store at ``url`` with the team tables at hand."""
    from pyhero.progress._team import TeamStore

    return TeamStore(open_store(url))


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"pyhero.progress.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
