"""The content checker on a write-the-tests exercise, through the real grader."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.checker import check_exercise
from pyhero.curriculum import Exercise
from pyhero.exercise import load_exercise_spec
from pyhero.grading import Grader

FIXTURE = Path(__file__).parents[1] / "fixtures" / "writetests" / "shelf-stock"


def _exercise(directory: Path) -> Exercise:
    spec = load_exercise_spec(directory)
    return Exercise(slug=spec.slug, title="Shelf stock", topic="pytest", difficulty=2, spec=spec)


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    with Grader(workers=2) as shared:
        yield shared


def test_a_sound_tests_exercise_is_proven(grader: Grader) -> None:
    report = check_exercise(_exercise(FIXTURE), grader)
    assert report.problems == []
    assert report.test_count == 6  # the reference's tests, not its bug or requirement lines
    assert [outcome.as_expected for outcome in report.candidates] == [True] * 4
    assert report.mutants
    assert all(outcome.file == "shelf.py" for outcome in report.mutants)
    assert report.killed > 0


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "shelf-stock"
    shutil.copytree(FIXTURE, target)
    return target


def test_a_stub_that_catches_a_bug_is_reported(tmp_path: Path, grader: Grader) -> None:
    directory = _copy(tmp_path)
    (directory / "test_shelf.py").write_text(
        "import shelf\n\ndef test_low():\n    assert shelf.low({'a': 3}) == []\n", encoding="utf-8"
    )
    report = check_exercise(_exercise(directory), grader, mutants=False)
    assert "the stub catches 1 of the 3 hidden bugs" in report.problems


def test_a_hidden_bug_that_changes_the_outline_is_reported(tmp_path: Path, grader: Grader) -> None:
    directory = _copy(tmp_path)
    bug = directory / ".meta" / "bugs" / "low_inclusive.py"
    bug.write_text(
        bug.read_text(encoding="utf-8").replace("threshold: int = 3", "threshold: int = 4"),
        encoding="utf-8",
    )
    report = check_exercise(_exercise(directory), grader, mutants=False)
    assert report.problems == [
        ".meta/bugs/low_inclusive.py: low: its signature differs "
        "(a test could tell it apart by its text)"
    ]
