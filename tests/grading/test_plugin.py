"""What the grader's pytest plugin reports, seen through a real (local-mode) grading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pyhero.grading import Grader, Verdict

MakeExercise = Callable[..., Path]

UNITTEST_TESTS = '''
import unittest

import pytest

from shapes import area, perimeter


class ShapesTest(unittest.TestCase):
    @pytest.mark.task(taskno=1)
    def test_area(self):
        """Area of a square."""
        print("computing area")
        self.assertEqual(area(3), 9)

    @pytest.mark.task(taskno=2)
    def test_perimeter(self):
        self.assertEqual(perimeter(3), 12, msg="four sides")

    def test_many(self):
        for side in (1, 2, 3):
            with self.subTest(side=side):
                self.assertEqual(area(side), side * side)

    def test_boom(self):
        area("x")
'''

SHAPES = """
def area(side):
    if side == "x":
        raise ValueError("not a number")
    return side * side if side != 2 else 5


def perimeter(side):
    return 3 * side
"""

PYTEST_TESTS = """
import pytest

from noisy import double


@pytest.mark.parametrize(("value", "expected"), [(1, 2), (2, 4), (3, 7)])
def test_double(value, expected):
    assert double(value) == expected


def test_loud():
    print("y" * 2000)
    assert double(0) == 0


def test_tmp(tmp_path):
    (tmp_path / "f").write_text("ok")
    assert (tmp_path / "f").read_text() == "ok"
"""


def test_unittest_style_tasks_subtests_and_errors(
    local_grader: Grader, make_exercise: MakeExercise
) -> None:
    exercise = make_exercise(
        "shapes", {"shapes.py": SHAPES, "shapes_test.py": UNITTEST_TESTS}, solution=["shapes.py"]
    )
    result = local_grader.grade(exercise)
    assert result.verdict is Verdict.failed
    assert result.status == "fail"
    tests = {test.name: test for test in result.tests}
    assert list(tests) == [
        "ShapesTest.test_area",
        "ShapesTest.test_perimeter",
        "ShapesTest.test_many",
        "ShapesTest.test_boom",
    ]
    area = tests["ShapesTest.test_area"]
    assert (area.status, area.task_id, area.output) == ("pass", 1, "computing area\n")
    assert area.test_code.startswith('"""Area of a square."""\nprint("computing area")')
    perimeter = tests["ShapesTest.test_perimeter"]
    assert (perimeter.status, perimeter.task_id) == ("fail", 2)
    assert perimeter.message is not None
    assert "9 != 12" in perimeter.message
    assert "four sides" in perimeter.message
    many = tests["ShapesTest.test_many"]
    assert many.status == "fail"
    assert many.message is not None
    assert "side=2" in many.message
    assert "5 != 4" in many.message
    boom = tests["ShapesTest.test_boom"]
    assert boom.status == "error"
    assert boom.message == "ValueError: not a number\n  raised at shapes.py, line 3, in area"
    assert all(test.duration_ms >= 0 for test in result.tests)


def test_pytest_style_parametrize_output_cap_and_fixtures(
    local_grader: Grader, make_exercise: MakeExercise
) -> None:
    exercise = make_exercise(
        "noisy",
        {"noisy.py": "def double(x):\n    return 2 * x\n", "noisy_test.py": PYTEST_TESTS},
    )
    result = local_grader.grade(exercise)
    names = [test.name for test in result.tests]
    assert names == [
        "test_double[1-2]",
        "test_double[2-4]",
        "test_double[3-7]",
        "test_loud",
        "test_tmp",
    ]
    statuses = [test.status for test in result.tests]
    assert statuses == ["pass", "pass", "fail", "pass", "pass"]
    failed = result.tests[2]
    assert failed.message is not None
    assert "assert 6 == 7" in failed.message
    assert failed.test_code == "assert double(value) == expected"
    loud = result.tests[3].output
    assert loud is not None
    assert loud.startswith("y" * 500)
    assert "1501 more characters" in loud  # 2000 y's and a newline, 500 shown
    assert result.exercise == "noisy"


def test_error_at_import_gives_a_clean_message(
    local_grader: Grader, make_exercise: MakeExercise
) -> None:
    tests = "from broken import f\n\ndef test_f():\n    assert f()\n"
    syntax = make_exercise("broken", {"broken.py": "def f(:\n    pass\n", "broken_test.py": tests})
    result = local_grader.grade(syntax)
    assert (result.verdict, result.status) == (Verdict.error, "error")
    assert result.message is not None
    assert "SyntaxError" in result.message
    assert 'File "broken.py", line 1' in result.message
    for fragment in ("_pytest", "pyhero", "importlib", str(syntax)):
        assert fragment not in result.message


def test_missing_function_and_exit_at_import(
    local_grader: Grader, make_exercise: MakeExercise, tmp_path: Path
) -> None:
    tests = "from gone import f\n\ndef test_f():\n    assert f()\n"
    missing = make_exercise("gone", {"gone.py": "def g():\n    pass\n", "gone_test.py": tests})
    result = local_grader.grade(missing)
    assert result.verdict is Verdict.error
    assert "cannot import name 'f'" in (result.message or "")
    exits = make_exercise(
        "gone",
        {"gone.py": "import sys\nsys.exit(0)\n", "gone_test.py": tests},
        parent=tmp_path / "exit",
    )
    assert local_grader.grade(exits).verdict is Verdict.error


def test_no_meta_config_falls_back_to_the_snake_slug(
    local_grader: Grader, make_exercise: MakeExercise
) -> None:
    exercise = make_exercise(
        "two-words",
        {
            "two_words.py": "def hi():\n    return 'hi'\n",
            "two_words_test.py": "from two_words import hi\n\ndef test_hi():\n    assert hi()\n",
        },
    )
    result = local_grader.grade(exercise)
    assert result.verdict is Verdict.passed
    assert result.to_exercism() == {
        "version": 3,
        "status": "pass",
        "tests": [{"name": "test_hi", "status": "pass", "test_code": "assert hi()"}],
    }


def test_skips_do_not_count_as_passes(local_grader: Grader, make_exercise: MakeExercise) -> None:
    exercise = make_exercise(
        "skippy",
        {
            "skippy.py": "import pytest\n\ndef f():\n    pytest.skip('nope')\n",
            "skippy_test.py": "from skippy import f\n\ndef test_f():\n    assert f() == 1\n",
        },
    )
    result = local_grader.grade(exercise)
    assert result.verdict is Verdict.failed
    assert "skipped" in (result.tests[0].message or "")
