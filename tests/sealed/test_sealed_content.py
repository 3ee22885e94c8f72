"""Exercises with a sealed set also carry the candidates that prove it, written cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pyhero.checker import ALTERNATIVE, WRONG, candidates
from pyhero.config import default_content_dir
from pyhero.exercise import load_exercise_spec

SEALED = sorted(
    path.parents[1] for path in (default_content_dir() / "exercises").glob("*/.meta/sealed.py")
)
RUFF_RULES = "E,F,W,I,B,UP,SIM,C4,RUF"


def test_there_are_sealed_sets() -> None:
    assert len(SEALED) >= 4


@pytest.mark.parametrize("exercise", SEALED, ids=lambda path: path.name)
def test_every_sealed_set_has_wrong_and_alternative_implementations(exercise: Path) -> None:
    found = candidates(load_exercise_spec(exercise))
    wrong = [candidate for candidate in found if candidate.kind == WRONG]
    alternatives = [candidate for candidate in found if candidate.kind == ALTERNATIVE]
    assert len(wrong) >= 3, "at least three realistic wrong implementations"
    assert len(alternatives) >= 1, "at least one alternative correct implementation"
    for candidate in found:
        assert candidate.description, (
            f"{candidate.kind} {candidate.name}: a module docstring says what it does differently"
        )


def _linted(exercise: Path) -> tuple[str, ...]:
    """The wrong solutions of a make-it-clean exercise are unclean on purpose (a lint
    finding is the mistake they show): only its sealed set and alternatives are linted."""
    if load_exercise_spec(exercise).pyhero.kind == "clean":
        return ("sealed.py", "alternatives")
    return ("sealed.py", "wrong", "alternatives")


def test_sealed_sets_and_candidates_are_ruff_clean() -> None:
    paths = [str(exercise / ".meta" / name) for exercise in SEALED for name in _linted(exercise)]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--select", RUFF_RULES,
         "--target-version", "py311", "--line-length", "100", *paths],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
