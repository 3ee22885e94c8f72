"""``open_reader``: the store's progress, read fast; every other case goes to the full store."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pyhero.progress import (
    NewerDatabaseError,
    ProgressStore,
    StoreError,
    open_reader,
    open_store,
    sqlite_file,
)

from .test_store import attempt

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def record_some_progress(store: ProgressStore) -> None:
    store.record_attempt("ada", attempt("greet"), at=START)
    store.record_attempt("ada", attempt("greet", "passed"), at=START + timedelta(minutes=5))
    store.record_attempt("ada", attempt("greet"), at=START + timedelta(minutes=9))
    store.record_attempt("ada", attempt("vowels"), at=START + timedelta(days=1))
    store.use_hint("ada", "vowels", 3)
    store.use_hint("ada", "sum", 3)
    store.record_attempt("bob", attempt("greet", "passed"), at=START)


def test_the_reader_sees_what_the_store_sees(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store:
        record_some_progress(store)
        expected = (store.progress("ada"), store.activity("ada"), store.statuses("ada"))

    with open_reader(sqlite_url) as reader:
        assert not isinstance(reader, ProgressStore)
        seen = (reader.progress("ada"), reader.activity("ada"), reader.statuses("ada"))

    assert seen == expected
    progress = seen[0]
    assert progress["greet"].attempts == 3
    assert progress["greet"].done_at == START + timedelta(minutes=5)
    assert progress["greet"].last_attempt_at == START + timedelta(minutes=9)
    assert (progress["sum"].attempts, progress["sum"].hints_used) == (0, 1)
    assert seen[1][0] == (START, 42.0)


def test_an_unknown_learner_has_no_progress_and_is_not_written(
    sqlite_url: str, tmp_path: Path
) -> None:
    open_store(sqlite_url).close()
    with open_reader(sqlite_url) as reader:
        assert reader.progress("nobody") == {}
        assert reader.activity("nobody") == []
    with sqlite3.connect(tmp_path / "data" / "progress.db") as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM learners")]
    assert names == ["local"]


def test_reading_does_not_import_sqlalchemy(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store:
        record_some_progress(store)
    script = (
        "import json, sys\n"
        "from pyhero.progress import open_reader\n"
        f"with open_reader({sqlite_url!r}) as reader:\n"
        "    done = sorted(s for s, status in reader.statuses('ada').items() if status == 'done')\n"
        "print(json.dumps([done, any(m.startswith('sqlalchemy') for m in sys.modules)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == [["greet"], False]


def test_a_missing_file_is_created_by_the_store(tmp_path: Path) -> None:
    database = tmp_path / "new" / "progress.db"
    with open_reader(f"sqlite:///{database}") as reader:
        assert isinstance(reader, ProgressStore)
        assert reader.progress("local") == {}
    assert database.is_file()


def test_a_database_to_migrate_is_migrated_by_the_store(tmp_path: Path) -> None:
    database = tmp_path / "old.db"
    sqlite3.connect(database).close()  # an empty file: no schema yet
    with open_reader(f"sqlite:///{database}") as reader:
        assert isinstance(reader, ProgressStore)
    with sqlite3.connect(database) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"attempts", "hint_uses", "learners", "alembic_version"} <= tables


def test_a_newer_or_damaged_database_is_reported_as_the_store_does(
    sqlite_url: str, tmp_path: Path
) -> None:
    open_store(sqlite_url).close()
    database = tmp_path / "data" / "progress.db"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(NewerDatabaseError):
        open_reader(sqlite_url)

    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database" * 500)
    with pytest.raises(StoreError, match="damaged or not a database"):
        open_reader(f"sqlite:///{broken}")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////var/data/p.db", Path("/var/data/p.db")),
        ("sqlite:///relative.db", Path("relative.db")),
        ("sqlite+pysqlite:///p.db?timeout=5", Path("p.db")),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("postgresql+psycopg://u:p@host/db", None),
    ],
)
def test_sqlite_file_names_the_database_file(url: str, expected: Path | None) -> None:
    assert sqlite_file(url) == expected
