"""End-to-end learner flows through the CLI on the learner fixture curriculum."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .cli_learner import Lines, ok, run, solve


@pytest.fixture
def learner_env(learner_home: Path) -> Path:
    """The workspace of the learner fixture (see conftest.py)."""
    return learner_home / "ws"


def test_the_daily_loop_init_next_check_hint_solution_reset(learner_env: Path) -> None:
    ws = learner_env
    out = ok("init")
    assert "4 exercise(s) added" in out
    assert not list(ws.rglob(".meta"))
    assert not list(ws.rglob("example.py"))
    assert "already there" in ok("init")

    out = ok("next")
    assert "greet-by-name" in out
    assert "01-basics/greet-by-name/greet_by_name.py" in out
    assert "Hello, world!" in out

    failing = run("check", "greet-by-name")
    assert failing.exit_code == 1
    assert "✘ greet-by-name" in failing.stdout
    assert "test_greets_the_given_name" in failing.stdout
    assert "Traceback (most recent call last)" not in failing.output

    refused = run("solution", "greet-by-name")
    assert refused.exit_code == 1
    assert "unlocks once your own passes" in refused.output

    first, second, third = (ok("hint", "greet-by-name") for _ in range(3))
    assert "Hint 1/2" in first
    assert "f-string" in first
    assert "Hint 2/2" in second
    assert "last hint" in second
    assert "Hint 2/2" in third

    solve(ws, "01-basics/greet-by-name/greet_by_name.py", "greet-by-name")
    out = ok("check", str(ws / "01-basics" / "greet-by-name"))
    assert "✔ greet-by-name passed" in out
    assert "Next: Sum of squares (sum-of-squares)" in out

    assert "return f\"Hello, {name or 'world'}!\"" in ok("solution", "greet-by-name")

    listed = ok("list", "--status", "done")
    assert "greet-by-name" in listed
    assert "sum-of-squares" not in listed

    out = ok("reset", "greet-by-name")
    assert "the stub is back" in out
    (backup,) = (ws / "01-basics" / "greet-by-name" / ".backup").rglob("greet_by_name.py")
    assert "name or 'world'" in backup.read_text()
    # Done stays done: status comes from recorded verdicts, not from the current file.
    assert "greet-by-name" in ok("list", "--status", "done")
    assert "sum-of-squares" in ok("next")


def test_check_inside_an_exercise_directory_and_check_all(learner_env: Path) -> None:
    ws = learner_env
    ok("init")
    solve(ws, "02-tooling/vowel-count/vowel_count.py", "vowel-count")
    os.chdir(ws / "02-tooling" / "vowel-count")
    assert "✔ vowel-count passed" in ok("check")
    os.chdir(ws)
    none = run("check")
    assert none.exit_code == 1
    assert "Name an exercise" in none.output

    every = run("check", "--all", "--workers", "2")
    assert every.exit_code == 1  # three of the four still fail
    out = every.stdout
    assert "Check summary" in out
    assert "1/4 exercises pass." in out
    for slug in ("greet-by-name", "sum-of-squares", "vowel-count", "call-counter"):
        assert slug in out


def test_unknown_exercise_and_missing_workspace_are_explained(learner_env: Path) -> None:
    missing = run("check", "greet-by-name")
    assert missing.exit_code == 1
    assert "No pyhero workspace" in missing.output
    assert "pyhero init" in missing.output
    ok("init")
    unknown = run("hint", "greet-by-nme")
    assert unknown.exit_code == 1
    assert "Did you mean: greet-by-name" in unknown.output
    assert unknown.exception is None or isinstance(unknown.exception, SystemExit)


def test_list_filters_by_section_level_and_status(learner_env: Path) -> None:
    ok("init")
    tooling = ok("list", "--section", "tooling")
    assert "vowel-count" in tooling
    assert "greet-by-name" not in tooling
    advanced = ok("list", "--level", "advanced")
    assert "call-counter" in advanced
    assert "vowel-count" not in advanced
    assert "greet-by-name" in ok("list", "--status", "pending")


def test_a_corrupt_database_gives_a_message_not_a_traceback(
    learner_env: Path, tmp_path: Path
) -> None:
    ok("init")
    database = tmp_path / "data" / "progress.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"garbage" * 1000)

    result = run("list")

    assert result.exit_code == 2
    assert "damaged" in result.output
    assert f"mv '{database}'" in result.output
    assert "Traceback" not in result.output


def test_watch_grades_on_save_and_stops_cleanly_on_ctrl_c(learner_env: Path) -> None:
    ws = learner_env
    ok("init")
    env = {**os.environ, "COLUMNS": "120", "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, "-c", "from pyhero.cli import main; main()", "watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ws,
    )
    lines = Lines(child)
    target = ws / "01-basics" / "sum-of-squares" / "sum_of_squares.py"
    wrong = "def sum_of_squares(numbers: list[int]) -> int:\n    return 1\n"
    try:
        lines.until("Watching")
        # Saved again every 2 s until seen: the watcher may still be starting.
        failed = lines.until("sum-of-squares", poke=lambda: target.write_text(wrong))
        assert "✘ sum-of-squares" in failed
        assert "test_" in lines.until("actual:")
        solve(ws, "01-basics/sum-of-squares/sum_of_squares.py", "sum-of-squares")
        passed = lines.until("Next:")
        assert "✔ sum-of-squares passed" in passed
        assert "Next: Greet by name (greet-by-name)" in passed
    finally:
        child.send_signal(signal.SIGINT)
        child.wait(timeout=30)
    assert child.stderr is not None
    err = child.stderr.read()
    child.stderr.close()
    assert child.returncode == 0, err
    assert "Stopped watching." in lines.rest()
    assert "Traceback" not in err
    assert "sum-of-squares" in ok("list", "--status", "done")


def test_roadmap_and_topic_show_progress_markers(learner_env: Path) -> None:
    assert "✓" not in ok("roadmap")  # no store yet: plain roadmap, no database created
    ok("init")
    solve(learner_env, "01-basics/greet-by-name/greet_by_name.py", "greet-by-name")
    ok("check", "greet-by-name")
    run("check", "sum-of-squares")

    roadmap = ok("roadmap")
    assert "✓   1. Variables and names" in roadmap
    assert "◐   2. Functions" in roadmap
    assert "·   3. Unit testing with pytest" in roadmap
    assert "✓ done" in roadmap
    assert ok("topic", "variables").startswith("✓ Variables and names")


def pyhero(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from pyhero.cli import main; main()", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
    )


def _attempts(database: Path) -> int:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        (count,) = connection.execute("SELECT count(*) FROM attempts").fetchone()
    return int(count)


def test_two_processes_at_once_then_kill_9_mid_grading_lose_nothing(
    learner_env: Path, tmp_path: Path
) -> None:
    ws = learner_env
    inits = [pyhero("init", str(ws), cwd=tmp_path) for _ in range(2)]
    for child in inits:
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    manifest = json.loads((ws / ".pyhero" / "workspace.json").read_text())
    assert len(manifest["exercises"]) == 4
    solve(ws, "01-basics/greet-by-name/greet_by_name.py", "greet-by-name")
    both = [pyhero("check", "--all", "--workers", "1", cwd=ws) for _ in range(2)]
    for child in both:
        out, err = child.communicate(timeout=180)
        assert child.returncode == 1, err  # three exercises still fail
        assert "1/4 exercises pass." in out

    database = tmp_path / "data" / "progress.db"
    victim = pyhero("check", "--all", "--workers", "1", cwd=ws)
    deadline = time.monotonic() + 120
    # Killed right after its first attempt is stored: it is grading the next exercise.
    while _attempts(database) <= 8 and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL

    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (attempts,) = connection.execute("SELECT count(*) FROM attempts").fetchone()
    assert 8 <= attempts <= 12
    listed = ok("list", "--status", "done")
    assert "greet-by-name" in listed
    assert "✔ greet-by-name passed" in ok("check", "greet-by-name")


def test_a_database_from_a_newer_pyhero_is_refused_with_a_way_out(
    learner_env: Path, tmp_path: Path
) -> None:
    ok("init")
    with sqlite3.connect(tmp_path / "data" / "progress.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")

    result = run("next")

    assert result.exit_code == 2
    assert "newer pyhero" in result.output
    assert "PYHERO_DATABASE_URL" in result.output
    assert "Traceback" not in result.output
