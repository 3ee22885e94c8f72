"""The progress store on SQLite and PostgreSQL: attempts, statuses, hints, learners."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from pyhero.progress import (
    NewAttempt,
    ProgressStore,
    Status,
    TestSummary,
    code_hash,
    open_store,
)
from pyhero.progress._migrate import HEAD, KNOWN_REVISIONS, alembic_config
from pyhero.progress._models import Base


def attempt(exercise: str, verdict: str = "failed", code: str = "x = 1\n") -> NewAttempt:
    tests = (
        TestSummary(name="test_one", status="pass"),
        TestSummary(
            name="test_two",
            status="pass" if verdict == "passed" else "fail",
            message=None if verdict == "passed" else "assert 1 == 2",
        ),
    )
    return NewAttempt.model_validate(
        {
            "exercise": exercise,
            "verdict": verdict,
            "tests": tests,
            "duration_ms": 42.0,
            "code": {f"{exercise.replace('-', '_')}.py": code},
            "isolation": "local",
        }
    )


@pytest.fixture
def store(db_url: str) -> Iterator[ProgressStore]:
    with open_store(db_url) as opened:
        yield opened


def test_a_fresh_store_has_the_default_local_learner(store: ProgressStore) -> None:
    assert store.learners() == ["local"]
    assert store.progress("local") == {}


def test_an_attempt_is_stored_with_everything_the_grader_reported(store: ProgressStore) -> None:
    before = datetime.now(UTC)
    recorded = store.record_attempt("local", attempt("two-fer", code="def f(): ...\n"))

    (read,) = store.attempts("local", "two-fer")
    assert read == recorded
    assert read.verdict == "failed"
    assert read.tests[1].message == "assert 1 == 2"
    assert read.tests_passed == 1
    assert read.duration_ms == 42.0
    assert read.code == {"two_fer.py": "def f(): ...\n"}
    assert read.code_hash == code_hash({"two_fer.py": "def f(): ...\n"})
    assert read.created_at.tzinfo is not None
    assert before - timedelta(seconds=1) <= read.created_at <= datetime.now(UTC)


def test_status_is_derived_from_verdicts_and_done_stays_done(store: ProgressStore) -> None:
    store.record_attempt("local", attempt("alpha", "failed"))
    store.record_attempt("local", attempt("beta", "timeout"))
    store.record_attempt("local", attempt("beta", "passed"))
    store.record_attempt("local", attempt("beta", "failed"))

    progress = store.progress("local")
    assert store.statuses("local") == {"alpha": Status.ATTEMPTED, "beta": Status.DONE}
    assert progress["beta"].attempts == 3
    assert progress["beta"].done_at is not None
    assert progress["alpha"].done_at is None
    assert progress["beta"].last_attempt_at is not None
    assert progress["beta"].last_attempt_at >= progress["beta"].done_at


def test_learners_are_kept_apart(store: ProgressStore) -> None:
    store.record_attempt("ada", attempt("alpha", "passed"))
    store.record_attempt("local", attempt("alpha", "failed"))

    assert store.learners() == ["local", "ada"]
    assert store.statuses("ada") == {"alpha": Status.DONE}
    assert store.statuses("local") == {"alpha": Status.ATTEMPTED}
    assert len(store.attempts("ada")) == 1


def test_hints_are_handed_out_in_order_and_recorded(store: ProgressStore) -> None:
    assert [store.use_hint("local", "alpha", 2) for _ in range(3)] == [1, 2, 2]
    assert store.use_hint("local", "no-hints", 0) == 0
    assert store.hints_used("local", "alpha") == 2
    assert store.hints_used("ada", "alpha") == 0

    (progress,) = store.progress("local").values()
    assert (progress.status, progress.hints_used, progress.attempts) == (Status.PENDING, 2, 0)


def test_activity_lists_attempt_times_in_order(store: ProgressStore) -> None:
    now = datetime.now(UTC)
    store.record_attempt("local", attempt("b"), at=now)
    store.record_attempt("local", attempt("a"), at=now - timedelta(hours=1))

    assert [moment for moment, _ in store.activity("local")] == [now - timedelta(hours=1), now]


def test_reopening_keeps_the_data_and_the_schema_matches_the_models(db_url: str) -> None:
    with open_store(db_url) as first:
        first.record_attempt("local", attempt("alpha", "passed"))
    with open_store(db_url) as second:
        assert second.statuses("local") == {"alpha": Status.DONE}
        assert second.learners() == ["local"]

    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_known_revisions_match_the_migration_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(revisions) == KNOWN_REVISIONS
    assert script.get_heads() == [HEAD]


def test_export_and_import_round_trip_idempotently(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as source:
        source.record_attempt("local", attempt("alpha", "failed"))
        source.record_attempt("local", attempt("alpha", "passed"))
        source.record_attempt("local", attempt("beta", "passed"))
        source.use_hint("local", "alpha", 2)
        exported = source.export("local")
        assert source.import_export("local", exported).added_attempts == 0

    with open_store(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        fake_grader = {"alpha": "passed", "beta": "failed"}
        report = copy.import_export(
            "local", exported, verify=lambda record: fake_grader[record.exercise]
        )
        assert (report.added_attempts, report.added_hints, report.skipped) == (2, 1, 0)
        assert len(report.rejected) == 1
        assert "beta" in report.rejected[0]
        assert copy.statuses("local") == {"alpha": Status.DONE}
        again = copy.import_export("local", exported, verify=lambda record: "passed")
        assert (again.added_attempts, again.added_hints, again.skipped) == (1, 0, 3)
        assert copy.export("local").attempts == exported.attempts


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store:
        store.record_attempt("local", attempt("alpha"))
    engine = create_engine(sqlite_url)
    try:
        with engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        engine.dispose()
    assert mode == "wal"  # persistent in the file, set by the store
    with open_store(sqlite_url) as store, store._engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
