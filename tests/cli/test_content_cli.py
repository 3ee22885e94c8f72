"""``pyhero content check`` reports each exercise as it goes when its output is not a
terminal (CI logs), and the content group keeps its commands."""

from __future__ import annotations

import re
from pathlib import Path

from .cli_learner import run

REAL_CONTENT = Path(__file__).resolve().parents[2] / "content"


def test_content_check_prints_a_line_per_exercise_when_piped() -> None:
    chosen = ["receipt-totals", "username-cleanup"]
    args = ["content", "check", str(REAL_CONTENT), "--no-mutants", "--jobs", "2"]
    result = run(*args, *(f"--exercise={slug}" for slug in chosen))
    lines = result.stdout.splitlines()
    progress = [line for line in lines if line.startswith("[")]
    assert [line.split(":")[0] for line in progress] == [
        "[1/2] receipt-totals",
        "[2/2] username-cleanup",
    ]
    timed = re.compile(r": (ok|problems) in \d+\.\d s \(grading \d+\.\d, candidates \d+\.\d\)$")
    assert all(timed.search(line) for line in progress), progress
    assert lines.index(progress[-1]) < next(i for i, line in enumerate(lines) if "exercise" in line)
    assert "2 exercises checked" in result.stdout
    slowest = next(line for line in lines if line.startswith("checked in "))
    assert "receipt-totals" in slowest
    assert "username-cleanup" in slowest


def test_the_content_group_lists_validate_and_check() -> None:
    out = run("content", "--help").stdout
    assert "validate" in out
    assert "check" in out
