"""Crash and concurrency safety with real processes: kill -9, two writers, bad databases."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pyhero.progress import NewerDatabaseError, StoreError, open_store

WRITER = Path(__file__).with_name("writer_process.py")


def start_writer(url: str, learner: str, count: int, tag: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), url, learner, str(count), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def integrity_ok(url: str) -> None:
    if not url.startswith("sqlite"):
        return
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        engine.dispose()


def test_kill_9_mid_write_loses_no_committed_attempt(db_url: str) -> None:
    with open_store(db_url):  # migrate first so the writer is busy writing when killed
        pass
    writer = start_writer(db_url, "local", 0, "killed")
    assert writer.stdout is not None
    last = 0
    for line in writer.stdout:
        last = int(line.split()[1])
        if last >= 25:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    writer.stdout.close()
    assert writer.stderr is not None
    writer.stderr.close()

    integrity_ok(db_url)
    with open_store(db_url) as store:
        attempts = store.attempts("local")
        # Everything reported committed is there; at most the one in flight beyond it.
        assert last <= len(attempts) <= last + 1
        numbers = [int(a.code["solution.py"].split()[3]) for a in attempts]
        assert numbers == list(range(1, len(attempts) + 1))
        assert all(a.code_hash and len(a.tests) == 20 for a in attempts)
        assert sum(p.hints_used for p in store.progress("local").values()) <= 7 * 3


def test_two_processes_writing_at_once_corrupt_nothing(db_url: str) -> None:
    # Both start on a database that does not exist yet: they race on the migration too.
    writers = [start_writer(db_url, "local", 25, tag) for tag in ("left", "right")]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.splitlines()[-1] == "committed 25"

    integrity_ok(db_url)
    with open_store(db_url) as store:
        attempts = store.attempts("local")
        assert len(attempts) == 50
        assert len({a.uid for a in attempts}) == 50
        tags = sorted(a.code["solution.py"].split()[1] for a in attempts)
        assert tags == ["left"] * 25 + ["right"] * 25
        progress = store.progress("local")
        assert all(item.hints_used == 3 for item in progress.values())
        assert store.learners() == ["local"]


def test_a_database_from_a_newer_pyhero_is_refused_with_a_way_out(db_url: str) -> None:
    with open_store(db_url):
        pass
    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        engine.dispose()

    with pytest.raises(NewerDatabaseError) as caught:
        open_store(db_url)
    message = str(caught.value)
    assert "newer pyhero" in message
    assert "9999_future" in message
    assert "PYHERO_DATABASE_URL" in caught.value.way_out


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all\n" * 200, b"SQLite format 3\x00" + os.urandom(8192)],
    ids=["text", "garbage-after-header"],
)
def test_a_corrupt_sqlite_file_gives_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "progress.db"
    path.write_bytes(content)

    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{path}")
    assert str(path) in caught.value.message
    assert "mv" in caught.value.way_out
    assert path.read_bytes() == content  # left untouched for the user to inspect


def test_an_unreachable_server_gives_a_clear_error() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql+psycopg://nobody:secret@127.0.0.1:9/none?connect_timeout=2")
    assert "secret" not in str(caught.value)
    assert "PYHERO_DATABASE_URL" in caught.value.way_out


@pytest.mark.parametrize(
    "url",
    ["not a url", "mysql+nosuchdriver://u:secret@h/db", "sqlite:////proc/no/such/dir/p.db"],
)
def test_an_unusable_url_gives_a_clear_error(url: str) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert "PYHERO_DATABASE_URL" in caught.value.way_out
    assert "secret" not in str(caught.value)
