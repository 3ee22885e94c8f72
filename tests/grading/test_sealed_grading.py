"""Sealed sets through the real grader: answers stay on the host, feedback shows the cases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pyhero.grading import Grader, Verdict

MakeExercise = Callable[..., Path]

SEALED = """
from pyhero.sealed import Case


def cases(rng):
    for _ in range(25):
        yield Case.call("scramble", rng.randint(-10**6, 10**6), task=1)
    yield Case.call("scramble", 0, task=1)
"""
REFERENCE = "def scramble(n: int) -> int:\n    return n * 7919 + 104729\n"
TESTS = """
import pytest
from scramble import scramble


@pytest.mark.task(taskno=1)
def test_one():
    assert scramble(1) == 112648


@pytest.mark.task(taskno=1)
def test_zero():
    assert scramble(0) == 104729
"""


def _exercise(make: MakeExercise, solution: str, sealed: str = SEALED) -> Path:
    root = make(
        "scramble",
        {"scramble.py": solution, "scramble_test.py": TESTS},
        solution=["scramble.py"],
    )
    (root / ".meta" / "example.py").write_text(REFERENCE, encoding="utf-8")
    (root / ".meta" / "sealed.py").write_text(sealed, encoding="utf-8")
    return root


def test_a_correct_solution_passes_with_every_case_agreeing(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    result = local_grader.grade(_exercise(make_exercise, REFERENCE))
    assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)
    assert result.sealed is not None
    assert result.sealed.cases == result.sealed.agreed == 26
    assert [t.name for t in result.tests][-1] == "sealed: scramble"


def test_a_solution_right_only_on_the_visible_inputs_fails_on_the_sealed_cases(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    lookup = "def scramble(n):\n    return {1: 112648, 0: 104729}.get(n, n)\n"
    result = local_grader.grade(_exercise(make_exercise, lookup))
    assert result.verdict is Verdict.failed
    visible = [t for t in result.tests if not t.name.startswith("sealed: ")]
    assert all(t.status == "pass" for t in visible)
    sealed = result.tests[-1]
    assert sealed.status == "fail"
    assert sealed.task_id == 1
    assert sealed.message is not None
    assert "25 of 26 generated cases disagree" in sealed.message
    assert "- scramble(" in sealed.message
    assert "your code: returned" in sealed.message
    assert "expected:  returned" in sealed.message


def test_the_learners_job_never_sees_the_expected_observations(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    snoop = """
import os
import re


def _everything():
    seen = []
    for top in (".", os.environ.get("TMPDIR", "/tmp")):
        for folder, _, names in os.walk(top):
            for name in names:
                try:
                    with open(os.path.join(folder, name), encoding="utf-8") as handle:
                        seen.append(handle.read())
                except (OSError, UnicodeDecodeError):
                    pass
    return "\\n".join(seen)


def scramble(n):
    return n * 7919 + 104729


_SEEN = _everything()
_NUMBERS = {int(text) for text in re.findall(r"-?[0-9]+", _SEEN)}
_ANSWERS = {scramble(number) for number in _NUMBERS} - {112648, 104729, 112648 + 7919}
if _ANSWERS & _NUMBERS or "$" + "returned" in _SEEN:  # an answer leaked into the job
    def scramble(n):
        return None
"""
    result = local_grader.grade(_exercise(make_exercise, snoop))
    assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)


def test_a_broken_sealed_set_is_a_content_error(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    broken = "def cases(rng):\n    raise RuntimeError('broken generator')\n"
    result = local_grader.grade(_exercise(make_exercise, REFERENCE, sealed=broken))
    assert result.verdict is Verdict.error
    assert "broken generator" in (result.message or "")
    assert "reference solution does not pass" in (result.message or "")
