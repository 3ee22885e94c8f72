"""Sealed sets through the real grader: answers stay on the host, feedback shows the cases."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from pyhero.grading import Grader, JobEnvironment, Verdict
from pyhero.grading._protocol import Stream
from pyhero.grading._reference import Reference
from pyhero.grading._sealed_verdict import sealed_results, withheld

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
    # About half the cases are withheld: judged, but their answers are never shown.
    shown = re.search(r"(\d+) of (\d+) generated cases disagree", sealed.message)
    assert shown is not None
    assert 0 < int(shown[1]) <= int(shown[2]) < 26
    assert "disagrees with the reference on hidden generated cases" in sealed.message
    assert "- scramble(" in sealed.message
    assert "your code: returned" in sealed.message
    assert "expected:  returned" in sealed.message


def test_the_learners_job_never_sees_the_expected_observations(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    snoop = """
import os
import json
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


_EXPECTED_LINE = re.compile(
    r"^- scramble\((-?\d+)\)\n +your code: .*\n +expected: +returned (-?\d+)$", re.M
)


def test_answers_harvested_from_feedback_never_make_a_lookup_table_pass(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    """A learner (or a script) resubmits a lookup table of every expected answer the
    feedback has shown, on every seed, until it learns nothing new: it must never pass."""
    exercise = _exercise(make_exercise, "def scramble(n):\n    return n\n")
    seeds = local_grader.sealed_seeds(exercise)
    table: dict[int, int] = {1: 112648, 0: 104729}  # the visible tests show these
    learned_last_round = True
    rounds = 0
    while learned_last_round and rounds < 40:
        learned_last_round = False
        for seed in seeds:
            rounds += 1
            code = f"TABLE = {table!r}\n\ndef scramble(n):\n    return TABLE.get(n, n)\n"
            result = local_grader.grade_files(
                exercise, {"scramble.py": code}, environment=JobEnvironment(seed=seed)
            )
            assert result.verdict is not Verdict.passed, f"passed with {len(table)} answers"
            for test in result.tests:
                for argument, answer in _EXPECTED_LINE.findall(test.message or ""):
                    learned_last_round |= int(argument) not in table
                    table[int(argument)] = int(answer)
    assert len(table) > 2, "the feedback shows expected answers for some failing cases"


def test_withheld_cases_hang_on_their_content_and_spare_single_case_groups() -> None:
    def call(n: int, group: str = "g") -> dict[str, object]:
        return {"kind": "call", "target": "f", "args": [n], "kwargs": {}, "group": group}

    many = [call(n) for n in range(400)]
    hidden = withheld(many)
    assert 150 < sum(hidden) < 250
    moved = withheld([call(-1), *reversed(many)])
    assert list(reversed(moved[1:])) == hidden  # the same input, the same decision
    assert withheld([call(7, "alone"), *many[:3]])[0] is False


def test_the_totals_never_count_withheld_disagreements() -> None:
    cases = [
        {"kind": "call", "target": "f", "args": [n], "kwargs": {}, "group": "g"} for n in range(40)
    ]
    hidden = withheld(cases)
    secret = hidden.index(True)
    expected = [{"$returned": n} for n in range(40)]
    actual = list(expected)
    actual[secret] = {"$returned": -1}
    stream = Stream(sealed={n: {"observation": value} for n, value in enumerate(actual)})
    reference = Reference(nodeids=(), seed=1, cases=tuple(cases), observations=tuple(expected))
    [line], summary = sealed_results(reference, stream, None)
    assert line.status == "fail"
    assert line.message is not None
    assert "generated cases disagree" not in line.message  # every shown case agrees
    assert f"f({secret})" not in line.message
    assert summary.agreed == hidden.count(False)


PRICES_TEST = "from prices import price\n\n\ndef test_a():\n    assert price('a') > 0\n"
PRICES_SEALED = """
from pyhero.sealed import Case


def cases(rng):
    yield Case.call("price", "a")
    yield Case.call("price", "b")
"""


def test_a_changed_data_module_is_a_new_reference_not_a_stale_one(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    """The tests and the solution import a top-level data module of the exercise (and a
    ``files.editor`` helper): editing either must not leave the reference's cached answers."""
    solution = (
        "from helper import scale\nfrom table import RATES\n\n\n"
        "def price(k):\n    return scale(RATES[k])\n"
    )
    exercise = make_exercise(
        "prices",
        {
            "prices.py": solution,
            "table.py": "RATES = {'a': 1, 'b': 2}\n",
            "helper.py": "def scale(x):\n    return x * 10\n",
            "prices_test.py": PRICES_TEST,
        },
        solution=["prices.py"],
    )
    config_path = exercise / ".meta" / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["files"]["editor"] = ["helper.py"]
    config_path.write_text(json.dumps(config), encoding="utf-8")
    (exercise / ".meta" / "example.py").write_text(solution, encoding="utf-8")
    (exercise / ".meta" / "sealed.py").write_text(PRICES_SEALED, encoding="utf-8")
    assert local_grader.grade(exercise).verdict is Verdict.passed
    (exercise / "table.py").write_text("RATES = {'a': 3, 'b': 4}\n", encoding="utf-8")
    result = local_grader.grade(exercise)
    assert result.verdict is Verdict.passed, result.tests[-1].message
    (exercise / "helper.py").write_text("def scale(x):\n    return x * 100\n", encoding="utf-8")
    result = local_grader.grade(exercise)
    assert result.verdict is Verdict.passed, result.tests[-1].message
