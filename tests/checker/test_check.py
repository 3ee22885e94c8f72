"""The content checker, end to end through the real grader, on tiny exercises."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.checker import check_exercise
from pyhero.curriculum import Exercise
from pyhero.exercise import load_exercise_spec
from pyhero.grading import Grader

EXAMPLE = '''
def grade_band(score: int) -> str:
    """Map a 0-100 score to a band."""
    if not 0 <= score <= 100:
        raise ValueError("score out of range")
    if score >= 90:
        return "A"
    if score >= 50:
        return "B"
    return "C"
'''

STUB = """
def grade_band(score: int) -> str:
    raise NotImplementedError
"""

STRONG_TESTS = """
import pytest
from grade_band import grade_band

def test_top_band_starts_at_90():
    assert grade_band(90) == "A"
    assert grade_band(100) == "A"

def test_just_under_90_is_b():
    assert grade_band(89) == "B"

def test_middle_band_starts_at_50():
    assert grade_band(50) == "B"

def test_just_under_50_is_c():
    assert grade_band(49) == "C"
    assert grade_band(0) == "C"

@pytest.mark.parametrize("score", [-1, 101])
def test_out_of_range_is_refused(score):
    with pytest.raises(ValueError):
        grade_band(score)
"""

WEAK_TESTS = """
from grade_band import grade_band

def test_a():
    assert grade_band(95) == "A"

def test_b():
    assert grade_band(70) == "B"

def test_c():
    assert grade_band(10) == "C"

def test_a_again():
    assert grade_band(99) == "A"

def test_c_again():
    assert grade_band(20) == "C"
"""


WRONG = {
    "no_top_band": EXAMPLE.replace('return "A"', 'return "B"'),
    "bands_swapped": EXAMPLE.replace('return "B"', 'return "X"').replace(
        'return "C"', 'return "B"'
    ),
    "everything_top": 'def grade_band(score: int) -> str:\n    """All A."""\n    return "A"\n',
}

ALTERNATIVE = '''
def grade_band(score: int) -> str:
    """A table of lower bounds, best first."""
    if score < 0 or score > 100:
        raise ValueError("score out of range")
    return next(band for bound, band in ((90, "A"), (50, "B"), (0, "C")) if score >= bound)
'''


def make_exercise(root: Path, tests: str, stub: str = STUB, example: str = EXAMPLE) -> Exercise:
    directory = root / "grade-band"
    (directory / ".meta").mkdir(parents=True)
    (directory / ".docs").mkdir()
    (directory / ".docs" / "instructions.md").write_text("# Grade band\n\nMap scores.\n")
    (directory / ".docs" / "hints.md").write_text(
        "# Hints\n\n## One\n\nCompare.\n\n## Two\n\nOrder.\n"
    )
    (directory / ".meta" / "config.json").write_text(
        json.dumps(
            {
                "files": {
                    "solution": ["grade_band.py"],
                    "test": ["grade_band_test.py"],
                    "example": [".meta/example.py"],
                },
                "pyhero": {
                    "topic": "python-basics",
                    "difficulty": 1,
                    "unsealed": "a tiny exercise for the checker's own tests",
                },
            }
        )
    )
    (directory / ".meta" / "wrong").mkdir()
    for name, source in WRONG.items():
        (directory / ".meta" / "wrong" / f"{name}.py").write_text(source)
    (directory / ".meta" / "alternatives").mkdir()
    (directory / ".meta" / "alternatives" / "table.py").write_text(ALTERNATIVE)
    (directory / ".meta" / "example.py").write_text(example)
    (directory / "grade_band.py").write_text(stub)
    (directory / "grade_band_test.py").write_text(tests)
    spec = load_exercise_spec(directory)
    return Exercise(
        slug=spec.slug, title="Grade band", topic="python-basics", difficulty=1, spec=spec
    )


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    with Grader(workers=2) as shared:
        yield shared


def test_strong_tests_kill_every_mutant(tmp_path: Path, grader: Grader) -> None:
    report = check_exercise(make_exercise(tmp_path, STRONG_TESTS), grader)
    assert report.problems == []
    assert report.test_count == 6
    assert len(report.mutants) > 10
    assert report.kill_rate == 1.0, [o.mutant.description for o in report.survivors]


def test_a_mutant_sample_is_a_stable_subset_of_all_mutants(tmp_path: Path, grader: Grader) -> None:
    exercise = make_exercise(tmp_path, STRONG_TESTS)
    every = check_exercise(exercise, grader).mutants
    samples = [check_exercise(exercise, grader, mutant_sample=5).mutants for _ in range(2)]
    chosen = [[(o.mutant.line, o.mutant.description) for o in sample] for sample in samples]
    assert len(chosen[0]) == 5
    assert chosen[0] == chosen[1]
    assert set(chosen[0]) < {(o.mutant.line, o.mutant.description) for o in every}
    assert len(check_exercise(exercise, grader, mutant_sample=len(every) + 3).mutants) == len(every)


def test_weak_tests_let_boundary_mutants_survive(tmp_path: Path, grader: Grader) -> None:
    report = check_exercise(make_exercise(tmp_path, WEAK_TESTS), grader)
    assert report.problems == []
    survived = {(o.mutant.line, o.mutant.description) for o in report.survivors}
    assert (8, "GtE -> Gt") in survived, survived
    assert (5, "raise dropped") in survived, survived
    assert report.kill_rate is not None
    assert report.kill_rate < 1.0


def test_a_stub_that_passes_is_reported(tmp_path: Path, grader: Grader) -> None:
    report = check_exercise(
        make_exercise(tmp_path, STRONG_TESTS, stub=EXAMPLE), grader, mutants=False
    )
    assert report.problems == ["the stub passes its tests: they prove nothing"]


def test_a_failing_example_is_reported_with_the_failing_test(
    tmp_path: Path, grader: Grader
) -> None:
    broken = EXAMPLE.replace('return "C"', 'return "D"')
    report = check_exercise(make_exercise(tmp_path, STRONG_TESTS, example=broken), grader)
    assert len(report.problems) == 1
    assert report.problems[0].startswith("the example does not pass")
    assert "does not pass its own tests (failed: test_just_under_50" in report.problems[0]
    assert report.mutants == []


def test_an_exercise_without_its_evidence_is_reported(tmp_path: Path, grader: Grader) -> None:
    exercise = make_exercise(tmp_path, STRONG_TESTS)
    meta = exercise.spec.path / ".meta"
    (meta / "wrong" / "everything_top.py").unlink()
    (meta / "alternatives" / "table.py").unlink()
    config = json.loads((meta / "config.json").read_text())
    del config["pyhero"]["unsealed"]
    (meta / "config.json").write_text(json.dumps(config))
    spec = load_exercise_spec(exercise.spec.path)
    report = check_exercise(exercise.model_copy(update={"spec": spec}), grader, mutants=False)
    assert report.problems == [
        ".meta/sealed.py: missing (or say why in .meta/config.json pyhero.unsealed)",
        ".meta/wrong/: 2 realistic wrong solutions; 3 needed",
        ".meta/alternatives/: no alternative correct solution",
    ]


def test_missing_hints_and_too_few_tests_are_reported(tmp_path: Path, grader: Grader) -> None:
    exercise = make_exercise(
        tmp_path,
        "from grade_band import grade_band\n\ndef test_a():\n    assert grade_band(95) == 'A'\n",
    )
    (exercise.spec.path / ".docs" / "hints.md").write_text("# Hints\n\n## Only one\n\nLook.\n")
    report = check_exercise(exercise, grader, mutants=False)
    assert report.problems == [".docs/hints.md: needs at least 2 hints (## sections)"]
    (exercise.spec.path / ".docs" / "hints.md").write_text("# Hints\n\n## 1\n\na\n\n## 2\n\nb\n")
    report = check_exercise(exercise, grader, mutants=False)
    assert report.problems[-1] == "only 1 tests; at least 5 needed"
    assert [problem.split(" passes")[0] for problem in report.problems[:-1]] == [
        "realistic bug .meta/wrong/bands_swapped",
        "realistic bug .meta/wrong/everything_top",
    ]
