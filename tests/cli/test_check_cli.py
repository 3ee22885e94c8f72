"""``pyhero check``: its exit status, the spinner while the grader starts, and ``solution``."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from .cli_learner import EXERCISE_DIRS, ok, run, solve

SPINNER = "Starting the grader"


def solve_all(ws: Path) -> None:
    for slug, directory in EXERCISE_DIRS.items():
        solve(ws, f"{directory}/{slug.replace('-', '_')}.py", slug)


def test_check_all_exits_0_only_when_every_exercise_passes(learner_home: Path) -> None:
    ws = learner_home / "ws"
    ok("init")
    solve_all(ws)
    (ws / EXERCISE_DIRS["call-counter"] / "call_counter.py").unlink()

    missing = run("check", "--all")
    assert missing.exit_code == 1
    assert "skipped: " in missing.stdout
    assert "3/4 exercises pass." in missing.stdout

    solve_all(ws)
    assert "4/4 exercises pass." in ok("check", "--all")


def pyhero_check(ws: Path, stderr: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", "from pyhero.cli import main; main()", "check", "greet-by-name"],
        stdout=subprocess.PIPE,
        stderr=stderr,
        cwd=ws,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"},
    )


def read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed its end: EIO on a pseudo-terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_a_spinner_shows_while_the_grader_starts_on_a_terminal_only(learner_home: Path) -> None:
    ws = learner_home / "ws"
    ok("init")
    solve_all(ws)

    leader, follower = pty.openpty()
    try:
        child = pyhero_check(ws, stderr=follower)
        os.close(follower)
        on_terminal = read_all(leader).decode(errors="replace")
        out, _ = child.communicate(timeout=120)
    finally:
        os.close(leader)
    assert child.returncode == 0
    assert SPINNER in on_terminal
    assert b"greet-by-name passed" in out

    piped = pyhero_check(ws, stderr=subprocess.PIPE)
    out, err = piped.communicate(timeout=120)
    assert piped.returncode == 0
    assert SPINNER.encode() not in err + out
    assert b"greet-by-name passed" in out


def test_the_solution_is_shown_under_the_learners_file_name(learner_home: Path) -> None:
    ok("init")
    solve_all(learner_home / "ws")
    ok("check", "greet-by-name")

    out = ok("solution", "greet-by-name")

    assert out.splitlines()[0] == "greet_by_name.py (reference solution of greet-by-name)"
    assert ".meta" not in out
    assert all(line == line.rstrip() for line in out.splitlines())
    assert not out.endswith("\n\n")
    assert "def greet(" in out
