"""Grading workspace exercises through a real warm grader and recording every attempt."""

from __future__ import annotations

from pathlib import Path

from pyhero.curriculum import Curriculum
from pyhero.grading import Grader
from pyhero.progress import ProgressStore, Status
from pyhero.workspace import (
    Checker,
    CheckOutcome,
    Comparison,
    Skipped,
    Workspace,
    compare,
)

from .conftest import example, slugs_seen_by_watch


def solve(workspace: Workspace, curriculum: Curriculum, slug: str) -> Path:
    (name,) = curriculum.exercises[slug].spec.solution_files
    target = workspace.exercise_dir(slug) / name
    target.write_text(example(curriculum, slug))
    return target


def test_expected_and_actual_come_from_equality_assertions() -> None:
    assert compare("assert 0 == 14\n +  where 0 = f([1, 2, 3])") == Comparison("14", "0")
    assert compare("AssertionError: 'a' != 'b'") == Comparison(expected="'b'", actual="'a'")
    assert compare("NotImplementedError") is None
    assert compare(None) is None


def test_check_grades_the_learners_file_and_records_the_attempt(
    workspace: Workspace, store: ProgressStore, grader: Grader, curriculum: Curriculum
) -> None:
    checker = Checker(workspace, store, "local", grader)

    failing = checker.check("sum-of-squares")
    assert not failing.passed
    assert not failing.newly_done
    assert any(test.status != "pass" for test in failing.result.tests)
    # The hidden test ran although the workspace does not have it.
    assert "test_negative_numbers_square_to_positive" in {t.name for t in failing.result.tests}

    solve(workspace, curriculum, "sum-of-squares")
    passing = checker.check("sum-of-squares")
    again = checker.check("sum-of-squares")

    assert passing.passed
    assert passing.newly_done
    assert again.passed
    assert not again.newly_done
    attempts = store.attempts("local", "sum-of-squares")
    assert [a.verdict for a in attempts][1:] == ["passed", "passed"]
    assert attempts[1].code == workspace.solution_files("sum-of-squares")
    assert store.statuses("local") == {"sum-of-squares": Status.DONE}


def test_tests_edited_in_the_workspace_do_not_count(
    workspace: Workspace, store: ProgressStore, grader: Grader
) -> None:
    test_file = workspace.exercise_dir("greet-by-name") / "greet_by_name_test.py"
    test_file.write_text("def test_nothing() -> None:\n    assert True\n")

    outcome = Checker(workspace, store, "local", grader).check("greet-by-name")

    assert not outcome.passed
    assert store.statuses("local") == {"greet-by-name": Status.ATTEMPTED}


def test_check_many_grades_in_parallel_in_order(
    workspace: Workspace, store: ProgressStore, grader: Grader, curriculum: Curriculum
) -> None:
    solve(workspace, curriculum, "vowel-count")
    seen: list[str] = []
    slugs = [e.slug for e in curriculum.exercise_order()]

    outcomes = Checker(workspace, store, "local", grader).check_many(
        slugs, workers=2, on_done=lambda outcome: seen.append(outcome.exercise)
    )

    assert [o.exercise for o in outcomes] == slugs
    assert sorted(seen) == sorted(slugs)
    assert [isinstance(o, CheckOutcome) and o.passed for o in outcomes] == [
        False,
        False,
        True,
        False,
    ]
    assert len(store.attempts("local")) == 4


def test_check_many_skips_what_it_cannot_grade_and_goes_on(
    workspace: Workspace, store: ProgressStore, grader: Grader
) -> None:
    (workspace.exercise_dir("sum-of-squares") / "sum_of_squares.py").unlink()

    outcomes = Checker(workspace, store, "local", grader).check_many(
        ["greet-by-name", "sum-of-squares", "vowel-count"], workers=2
    )

    skipped = outcomes[1]
    assert isinstance(skipped, Skipped)
    assert "sum_of_squares.py is missing" in skipped.reason
    assert all(isinstance(o, CheckOutcome) for o in (outcomes[0], outcomes[2]))
    assert len(store.attempts("local")) == 2


def test_verify_regrades_the_code_of_an_attempt(
    workspace: Workspace, store: ProgressStore, grader: Grader, curriculum: Curriculum
) -> None:
    checker = Checker(workspace, store, "local", grader)
    solve(workspace, curriculum, "greet-by-name")
    good = checker.check("greet-by-name").attempt
    assert checker.verify(good) == "passed"
    unknown = good.model_copy(update={"exercise": "not-in-this-curriculum"})
    assert checker.verify(unknown) is None


def test_changed_exercises_reports_saved_solution_files(
    workspace: Workspace, curriculum: Curriculum
) -> None:
    def save() -> None:
        (workspace.exercise_dir("greet-by-name") / "README.md").write_text("not code\n")
        solve(workspace, curriculum, "vowel-count")

    assert slugs_seen_by_watch(workspace, save) == {"vowel-count"}
