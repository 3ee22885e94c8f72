"""Skipped tests: ignored when the test file skips them, a failure when the solution does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pyhero.grading import Grader, Verdict

MakeExercise = Callable[..., Path]

SKIPPING_TESTS = """
import unittest

import pytest

from extra import value


def test_plain():
    assert value() == 1


@pytest.mark.skip(reason="marked")
def test_marked():
    assert value() == 2


@pytest.mark.skipif(True, reason="not here")
def test_skipif():
    assert value() == 2


def test_inline():
    pytest.skip("inline")


@pytest.fixture
def unavailable():
    pytest.skip("fixture")


def test_fixture(unavailable):
    assert value() == 2


class ExtraCreditTest(unittest.TestCase):
    @unittest.skip("extra-credit")
    def test_decorated(self):
        self.assertEqual(value(), 2)

    def test_self_skip(self):
        self.skipTest("later")

    def test_subtests(self):
        for number in (1, 2):
            with self.subTest(number=number):
                if number == 2:
                    self.skipTest("only one")
                self.assertEqual(value(), number)


@unittest.skip("whole class")
class LaterTest(unittest.TestCase):
    def test_later(self):
        self.assertEqual(value(), 2)
"""

SKIPPED = {
    "test_marked",
    "test_skipif",
    "test_inline",
    "test_fixture",
    "ExtraCreditTest.test_decorated",
    "ExtraCreditTest.test_self_skip",
    "LaterTest.test_later",
}


@pytest.mark.parametrize("mode", ["local", "sandbox"])
def test_skips_written_in_the_tests_do_not_fail_a_solution(
    mode: str, request: pytest.FixtureRequest, make_exercise: MakeExercise
) -> None:
    grader: Grader = request.getfixturevalue(f"{mode}_grader")
    exercise = make_exercise(
        "extra", {"extra.py": "def value():\n    return 1\n", "extra_test.py": SKIPPING_TESTS}
    )
    result = grader.grade(exercise)
    assert result.verdict is Verdict.passed, [(t.name, t.message) for t in result.tests]
    assert {t.name for t in result.tests if t.skipped} == SKIPPED
    assert all(t.status == "pass" for t in result.tests)
    marked = next(t for t in result.tests if t.name == "ExtraCreditTest.test_decorated")
    assert marked.message == "Skipped: extra-credit"
    exercism = result.to_exercism()
    assert {test["status"] for test in exercism["tests"]} == {"pass"}
    assert not [test for test in exercism["tests"] if "message" in test]


CHEATS = {
    "pytest.skip": "import pytest\n\ndef value():\n    pytest.skip('no')\n",
    "SkipTest": "import unittest\n\ndef value():\n    raise unittest.SkipTest('no')\n",
    "exec": (
        "def value():\n"
        "    exec(compile('import pytest; pytest.skip(\"no\")', 'extra_test.py', 'exec'))\n"
    ),
    "frame": ("import sys\n\ndef value():\n    sys._getframe(1).f_locals['self'].skipTest('no')\n"),
}
CHEATED_TESTS = """
import unittest

from extra import value


class ValueTest(unittest.TestCase):
    def test_one(self):
        self.assertEqual(value(), 1)

    def test_two(self):
        for number in (1,):
            with self.subTest(number=number):
                self.assertEqual(value(), number)
"""


@pytest.mark.parametrize("cheat", sorted(CHEATS))
def test_a_solution_cannot_skip_the_tests_it_fails(
    cheat: str, local_grader: Grader, make_exercise: MakeExercise
) -> None:
    exercise = make_exercise("extra", {"extra.py": CHEATS[cheat], "extra_test.py": CHEATED_TESTS})
    result = local_grader.grade(exercise)
    assert result.verdict is Verdict.failed, [(t.name, t.message) for t in result.tests]
    assert [t.status for t in result.tests] == ["fail", "fail"]
    assert not any(t.skipped for t in result.tests)
    assert "The code under test skipped the test" in (result.tests[0].message or "")


def test_a_session_where_every_test_skipped_is_not_a_pass(
    local_grader: Grader, make_exercise: MakeExercise
) -> None:
    tests = "import pytest\n\n@pytest.mark.skip(reason='later')\ndef test_later():\n    pass\n"
    exercise = make_exercise("extra", {"extra.py": "", "extra_test.py": tests})
    result = local_grader.grade(exercise)
    assert result.verdict is Verdict.error
    assert result.message == "Every test was skipped: nothing was checked."
    assert result.to_exercism()["status"] == "error"
