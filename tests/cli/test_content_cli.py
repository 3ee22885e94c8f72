"""``pyhero content check`` reports each exercise as it goes when its output is not a
terminal (CI logs), and the content group keeps its commands."""

from __future__ import annotations

from .cli_learner import CONTENT, run


def test_content_check_prints_a_line_per_exercise_when_piped() -> None:
    chosen = ["greet-by-name", "vowel-count"]
    args = ["content", "check", str(CONTENT), "--no-mutants", "--jobs", "2"]
    result = run(*args, *(f"--exercise={slug}" for slug in chosen))
    lines = result.stdout.splitlines()
    progress = [line for line in lines if line.startswith("[")]
    assert [line.split(":")[0] for line in progress] == ["[1/2] greet-by-name", "[2/2] vowel-count"]
    assert all(line.endswith((": ok", ": problems")) for line in progress)
    assert lines.index(progress[-1]) < next(i for i, line in enumerate(lines) if "exercise" in line)
    assert "2 exercises checked" in result.stdout


def test_the_content_group_lists_validate_and_check() -> None:
    out = run("content", "--help").stdout
    assert "validate" in out
    assert "check" in out
