"""The content checker's rules for make-it-clean exercises, through the real grader."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.checker._clean import clean_stub_problems
from pyhero.environments import Environments
from pyhero.exercise import load_exercise_spec
from pyhero.grading import Grader

REPOSITORY = Path(__file__).resolve().parents[2]
CLEAN = 'def double(value: int) -> int:\n    """Twice ``value``."""\n    return value * 2\n'
UNCLEAN = "def double(value):\n    return value * 2\n"
TESTS = "from doubler import double\n\n\ndef test_double():\n    assert double(4) == 8\n"


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    environments = Environments.from_settings(REPOSITORY / "content")
    environments.sync(["quality"])
    with Grader(workers=1, environments=environments) as grader:
        yield grader


def exercise(tmp_path: Path, stub: str, mypy: dict[str, object]) -> Path:
    root = tmp_path / "doubler"
    (root / ".meta").mkdir(parents=True)
    (root / "doubler.py").write_text(stub)
    (root / "doubler_test.py").write_text(TESTS)
    (root / ".meta" / "example.py").write_text(CLEAN)
    config = {
        "files": {
            "solution": ["doubler.py"],
            "test": ["doubler_test.py"],
            "example": [".meta/example.py"],
        },
        "pyhero": {"kind": "clean", "environment": "quality", "quality": {"mypy": mypy}},
    }
    (root / ".meta" / "config.json").write_text(json.dumps(config))
    return root


def test_a_stub_with_findings_sets_the_task(grader: Grader, tmp_path: Path) -> None:
    directory = exercise(tmp_path, UNCLEAN, {"strict": True})
    assert clean_stub_problems(load_exercise_spec(directory), grader.grade(directory)) == []


def test_a_stub_that_is_already_clean_is_reported(grader: Grader, tmp_path: Path) -> None:
    directory = exercise(tmp_path, CLEAN.replace("* 2", "* 3"), {"strict": True})
    stub = grader.grade(directory)
    assert clean_stub_problems(load_exercise_spec(directory), stub) == [
        "the stub has no finding from the quality checks: there is nothing to clean"
    ]


def test_type_tests_must_be_test_files(grader: Grader, tmp_path: Path) -> None:
    directory = exercise(tmp_path, UNCLEAN, {"type_tests": ["doubler_types.py"]})
    assert clean_stub_problems(load_exercise_spec(directory), grader.grade(directory)) == [
        ".meta/config.json: pyhero.quality.mypy.type_tests: doubler_types.py is not a test file"
    ]
