"""Grading a make-it-clean exercise: the real grader, the real mypy and ruff, in the sandbox."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pyhero.environments import Environments
from pyhero.grading import Grader, GradeResult, Isolation, Verdict

MakeExercise = Callable[..., Path]
REPOSITORY = Path(__file__).resolve().parents[2]

CLEAN = '''
"""Order totals."""

from collections.abc import Iterable


def order_total(prices: Iterable[int], discount: int = 0) -> int:
    """The sum of ``prices`` minus ``discount``, never below zero."""
    return max(sum(prices) - discount, 0)
'''

TESTS = """
from tidy_totals import order_total


def test_sums_prices():
    assert order_total([3, 4]) == 7


def test_discount_never_below_zero():
    assert order_total([3], discount=5) == 0
"""

QUALITY = {
    "mypy": {"strict": True},
    "ruff": {"select": ["flake8-builtins", "flake8-bugbear-mutable-defaults", "isort", "C4"]},
    "format": True,
}


@pytest.fixture(scope="module")
def environments() -> Environments:
    """The repository's ``quality`` environment, built in the configured cache."""
    built = Environments.from_settings(REPOSITORY / "content")
    built.sync(["quality"])
    return built


@pytest.fixture(scope="module", params=["bubblewrap", "local"])
def grader(request: pytest.FixtureRequest, environments: Environments) -> Iterator[Grader]:
    if request.param == "bubblewrap" and shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    with Grader(workers=1, isolation=request.param, environments=environments) as grader:
        if request.param == "bubblewrap" and grader.isolation is not Isolation.bubblewrap:
            pytest.skip("bubblewrap with user namespaces is not available here")
        yield grader


def exercise(
    make_exercise: MakeExercise,
    solution: str,
    *,
    extra: dict[str, str] | None = None,
    quality: dict[str, object] | None = None,
    files: list[str] | None = None,
    limits: dict[str, float] | None = None,
) -> Path:
    sources = {"tidy_totals_test.py": TESTS, ".meta/example.py": CLEAN}
    solution_files = files or ["tidy_totals.py"]
    if files is None:
        sources["tidy_totals.py"] = solution
    return make_exercise(
        "tidy-totals",
        {**sources, **(extra or {})},
        solution=solution_files,
        pyhero={
            "kind": "clean",
            "environment": "quality",
            "quality": quality or QUALITY,
            "limits": limits or {},
        },
    )


def messages(result: GradeResult) -> str:
    return "\n".join(test.message or "" for test in result.tests)


def test_a_clean_solution_passes_every_check(grader: Grader, make_exercise: MakeExercise) -> None:
    result = grader.grade(exercise(make_exercise, CLEAN))
    assert result.verdict is Verdict.passed, messages(result)
    assert [t.name for t in result.tests] == [
        "test_sums_prices",
        "test_discount_never_below_zero",
        "quality: no suppressions (noqa, type: ignore, tool directives, cast)",
        "quality: mypy --strict",
        "quality: ruff check --select A,B006,B008,I,C4",
        "quality: ruff format --check",
    ]
    assert result.quality is not None
    assert result.quality.counts == {"suppressions": 0, "mypy": 0, "ruff": 0, "format": 0}


UNCLEAN = """
import sys
import os
def order_total(prices, discount=0, seen=[]):
    list = [p for p in prices]
    return max(sum(list) - discount, 0)
"""


def test_each_tool_reports_its_findings_like_failing_tests(
    grader: Grader, make_exercise: MakeExercise
) -> None:
    result = grader.grade(exercise(make_exercise, UNCLEAN))
    assert result.verdict is Verdict.failed
    behaviour = [t.status for t in result.tests if not t.name.startswith("quality: ")]
    assert behaviour == ["pass", "pass"]
    assert result.quality is not None
    found = {(f.check, f.rule, f.line) for f in result.quality.findings}
    assert ("mypy", "no-untyped-def", 3) in found
    assert {("ruff", "I001", 1), ("ruff", "B006", 3), ("ruff", "A001", 4)} <= found
    assert ("ruff", "C416", 4) in found
    assert ("format", "format", 3) in found
    mypy = next(t for t in result.tests if t.name.startswith("quality: mypy"))
    assert mypy.status == "fail"
    assert "tidy_totals.py:3:1: no-untyped-def Function is missing a type annotation" in (
        mypy.message or ""
    )
    assert mypy.test_code == "mypy --strict tidy_totals.py"


def test_behaviour_still_counts_for_a_clean_solution(
    grader: Grader, make_exercise: MakeExercise
) -> None:
    wrong = CLEAN.replace("max(sum(prices) - discount, 0)", "sum(prices) - discount")
    result = grader.grade(exercise(make_exercise, wrong))
    assert result.verdict is Verdict.failed
    assert result.quality is not None
    assert result.quality.clean
    assert [t.status for t in result.tests][:2] == ["pass", "fail"]


def test_suppression_comments_are_refused_but_text_in_strings_is_not(
    grader: Grader, make_exercise: MakeExercise
) -> None:
    hidden_in_strings = (
        CLEAN + '\n\nNOTE = "# noqa  # type: ignore"\nHELP = """\n# mypy: ignore-errors\n"""\n'
    )
    directory = exercise(make_exercise, hidden_in_strings)
    result = grader.grade(directory)
    assert result.verdict is Verdict.passed, messages(result)

    suppressed = UNCLEAN.replace(
        "def order_total(prices, discount=0, seen=[]):",
        "def order_total(prices, discount=0, seen=[]):  # type: ignore  # noqa: B006",
    )
    result = grader.grade_files(directory, {"tidy_totals.py": "# ruff: noqa\n" + suppressed})
    assert result.quality is not None
    rules = {(f.check, f.rule) for f in result.quality.findings}
    assert {("suppressions", "noqa"), ("suppressions", "type-ignore")} <= rules
    assert ("ruff", "B006") in rules, "ruff runs with --ignore-noqa"


def test_configuration_planted_beside_the_solution_changes_nothing(
    grader: Grader, make_exercise: MakeExercise, tmp_path: Path
) -> None:
    planted = {
        "pyproject.toml": '[tool.ruff]\nline-length = 300\n[tool.ruff.lint]\nignore = ["ALL"]\n'
        "[tool.mypy]\nignore_errors = true\n",
        "ruff.toml": 'lint.ignore = ["ALL"]\n',
        ".ruff.toml": 'lint.ignore = ["ALL"]\n',
        "mypy.ini": "[mypy]\nignore_errors = True\n",
        "setup.cfg": "[mypy]\nignore_errors = True\n",
        "tidy_totals.pyi": "def order_total(prices: list[int], discount: int = ...) -> int: ...\n",
    }
    directory = exercise(make_exercise, UNCLEAN, extra=planted)
    result = grader.grade(directory)
    assert result.quality is not None
    counts = result.quality.counts
    assert counts["mypy"] >= 1, counts
    assert counts["ruff"] >= 4, counts
    assert counts["format"] >= 1, counts


def test_constructs_that_hide_code_from_mypy_are_refused(
    grader: Grader, make_exercise: MakeExercise
) -> None:
    hiding = '''
"""Order totals."""

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:

    def order_total(prices: list[int], discount: int = 0) -> int: ...

else:

    def order_total(prices, discount=0):
        return cast(int, max(sum(prices) - discount, 0))
'''
    result = grader.grade(exercise(make_exercise, hiding))
    assert result.verdict is Verdict.failed
    assert result.quality is not None
    assert {f.rule for f in result.quality.findings if f.check == "suppressions"} == {
        "type-checking",
        "cast",
    }


def test_a_package_solution_is_checked_file_by_file(
    grader: Grader, make_exercise: MakeExercise
) -> None:
    init = (
        '# mypy: ignore-errors\n"""Totals."""\n\n'
        'from tidy_totals.core import order_total\n\n__all__ = ["order_total"]\n'
    )
    core = "def order_total(prices, discount=0):\n    return max(sum(prices) - discount, 0)\n"
    files = {"tidy_totals/__init__.py": init, "tidy_totals/core.py": core}
    directory = make_exercise(
        "tidy-totals",
        {
            **files,
            "tidy_totals_test.py": TESTS,
            ".meta/example/tidy_totals/__init__.py": init,
            ".meta/example/tidy_totals/core.py": core,
        },
        solution=list(files),
        pyhero={"kind": "clean", "environment": "quality", "quality": QUALITY},
    )
    result = grader.grade(directory)
    assert result.quality is not None
    where = {(f.check, f.file, f.rule) for f in result.quality.findings}
    assert ("suppressions", "tidy_totals/__init__.py", "tool-directive") in where
    assert ("mypy", "tidy_totals/core.py", "no-untyped-def") in where


def test_a_very_large_solution_gets_a_verdict(grader: Grader, make_exercise: MakeExercise) -> None:
    functions = "".join(
        f"def helper_{i}(x):\n    return x + {i}  # noqa\n\n\n" for i in range(12000)
    )
    # Limits far above what it needs (a few seconds): the verdict must not depend on the
    # machine's load.
    roomy = {"wall_seconds": 120.0, "cpu_seconds": 120.0}
    result = grader.grade(exercise(make_exercise, CLEAN + "\n\n" + functions, limits=roomy))
    assert result.verdict is Verdict.failed, result.message
    assert result.quality is not None
    assert result.quality.counts["suppressions"] == 12000
    assert result.quality.counts["mypy"] == 12000
    assert len([f for f in result.quality.findings if f.check == "suppressions"]) == 200
    suppressions = next(t for t in result.tests if t.name.startswith("quality: no supp"))
    assert (suppressions.message or "").endswith("... and 11950 more")


def test_checks_can_be_left_out_for_behaviour_only_grading(
    grader: Grader, make_exercise: MakeExercise
) -> None:
    result = grader.grade(exercise(make_exercise, UNCLEAN), checks=False)
    assert result.verdict is Verdict.passed
    assert result.quality is None
    assert not [test for test in result.tests if test.name.startswith("quality: ")]


NUMPY_DOCUMENTED = '''
"""Order totals."""

from collections.abc import Iterable


class Basket:
    """A customer's basket."""

    def __init__(self, prices: Iterable[int]) -> None:
        self.prices = list(prices)


def order_total(prices: Iterable[int], discount: int = 0) -> int:
    """Sum ``prices`` minus ``discount``, never below zero.

    Parameters
    ----------
    prices : Iterable[int]
        Prices in cents.
    discount : int
        Taken off the sum.

    Returns
    -------
    int
        The total in cents.
    """
    return max(sum(prices) - discount, 0)
'''


@pytest.mark.parametrize(
    ("convention", "rules"),
    [("numpy", set()), (None, {"D107", "D413"}), ("google", {"D107", "D416"})],
)
def test_the_docstring_convention_decides_which_d_rules_apply(
    grader: Grader, make_exercise: MakeExercise, convention: str | None, rules: set[str]
) -> None:
    """numpy's convention turns off D107 (``__init__`` docstrings) and D413 (a blank line
    after the last section); Google's wants its section names to end with a colon."""
    ruff: dict[str, object] = {"select": ["D"]}
    if convention is not None:
        ruff["convention"] = convention
    path = exercise(make_exercise, NUMPY_DOCUMENTED, quality={"ruff": ruff})
    result = grader.grade(path)
    assert result.quality is not None
    assert {f.rule for f in result.quality.findings if f.check == "ruff"} >= rules
    if not rules:
        assert result.verdict is Verdict.passed, messages(result)
    shown = next(t.name for t in result.tests if t.name.startswith("quality: ruff"))
    assert ("pydocstyle.convention" in shown) is (convention is not None), shown
