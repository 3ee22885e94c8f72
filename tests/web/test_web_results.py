"""The results panel: a summary in words, tests by task, failures only, kept after a reload."""

from __future__ import annotations

import re

from pyhero.curriculum import load_curriculum
from pyhero.grading import GradeResult, Isolation, TestResult, Verdict
from pyhero.progress import NewAttempt, TestSummary, open_store
from pyhero.web._results_view import clean_message, view_of
from pyhero.web._templates import make_environment
from pyhero.workspace import Workspace

from .conftest import Learner

HALF_WORDS = "def word_lengths(text):\n    return {}\n"


def _run(learner: Learner, slug: str, name: str, code: str) -> str:
    response = learner.client.post(
        f"/exercises/{slug}/run", data={"file": name, "code": code, "base": ""}
    )
    assert response.status_code == 200
    assert response.url.path == f"/exercises/{slug}"  # post/redirect/get
    return str(response.text)


def _results(page: str) -> str:
    return page[page.index('<section id="results"') : page.index('<section id="compare"')]


def test_tests_are_grouped_by_task_with_a_failures_only_filter(learner: Learner) -> None:
    results = _results(_run(learner, "word-lengths", "word_lengths.py", HALF_WORDS))
    assert "Some tests fail" in results
    assert "1 of 3 tests passed" in results
    tasks = re.findall(r'<h3 id="task-\d">(Task \d) <span class="muted">(\d of \d) passed', results)
    assert tasks == [("Task 1", "1 of 1"), ("Task 2", "0 of 2")]
    assert results.index("test_empty_text_has_no_words") < results.index("Task 2")
    assert '<section class="task-group has-failures"' in results
    assert '<input type="checkbox" id="failures-only"> Failures only (2)' in results
    assert results.count('class="test test-fail failure"') == 2
    assert results.count('class="test test-pass"') == 1
    assert "Right contains 3 more items" in results
    assert "Use -v" not in results


def test_an_import_error_says_what_happened(learner: Learner) -> None:
    results = _results(_run(learner, "add-numbers", "add_numbers.py", "import nope\n"))
    assert "The code did not run" in results
    assert "No test ran: Python stopped before the tests could start" in results
    assert "ModuleNotFoundError: No module named &#39;nope&#39;" in results
    assert "0/0" not in results
    assert "0 of 0" not in results
    assert "failures-only" not in results


def test_the_last_results_stay_after_a_reload(learner: Learner) -> None:
    _run(learner, "word-lengths", "word_lengths.py", HALF_WORDS)
    page = learner.client.get("/exercises/word-lengths").text
    results = _results(page)
    assert "1 of 3 tests passed" in results
    assert "Task 2" in results
    assert "autofocus" not in results  # only right after a run
    assert "Last run " in results
    assert "progress store" not in results


def test_a_later_terminal_attempt_replaces_the_kept_results(learner: Learner) -> None:
    _run(learner, "word-lengths", "word_lengths.py", HALF_WORDS)
    with open_store(learner.settings.database_url) as terminal:
        terminal.record_attempt(
            learner.name,
            NewAttempt(
                exercise="word-lengths",
                verdict="passed",
                tests=(TestSummary(name="test_from_the_terminal", status="pass"),),
                duration_ms=4.0,
                code={"word_lengths.py": "def word_lengths(text): ..."},
                isolation="local",
            ),
        )
    results = _results(learner.client.get("/exercises/word-lengths").text)
    assert "All tests pass" in results
    assert "test_from_the_terminal" in results
    assert "kept as the progress store has it" in results
    assert "Task 2" not in results


def test_pytest_advice_to_rerun_with_v_is_dropped() -> None:
    assert clean_message("assert 1 == 2\n  \n  Use -v to get more diff") == "assert 1 == 2"
    assert clean_message("x\nUse -v to get the full diff\ny") == "x\n\ny"
    assert clean_message("Use -v to get more diff") is None
    assert clean_message(None) is None


def test_a_status_the_panel_does_not_know_is_shown_as_it_comes() -> None:
    skipped = TestResult.model_construct(
        name="test_later",
        status="skip",  # type: ignore[arg-type]  # a status the grader may add
        message=None,
        output=None,
        test_code="",
        task_id=3,
    )
    result = GradeResult(
        status="pass",
        verdict=Verdict.passed,
        tests=[TestResult(name="test_now", status="pass")],
        duration_ms=3.0,
        isolation=Isolation.local,
        exercise="x",
    ).model_copy(update={"tests": [TestResult(name="test_now", status="pass"), skipped]})
    view = view_of(result)
    assert [t.status for t in view.tests] == ["skip", "pass"]  # task 3, then no task
    assert not any(t.failure for t in view.tests)
    assert [g.task_id for g in view.groups] == [3, None]
    html = (
        make_environment().get_template("_results.html").render(results=view, focus_results=False)
    )
    assert '<li class="test test-skip">' in html
    assert '<span class="badge test-status">skip</span>' in html
    assert "Other tests" in html


def test_a_result_that_cannot_be_kept_still_leaves_the_attempt(learner: Learner) -> None:
    Workspace(learner.workspace, load_curriculum(learner.settings.content_dir)).init()
    results_root = learner.workspace / ".pyhero" / "results"
    results_root.parent.mkdir(parents=True, exist_ok=True)
    results_root.write_text("a file where the directory should be")
    try:
        page = _run(learner, "word-lengths", "word_lengths.py", HALF_WORDS)
    finally:
        results_root.unlink()
    results = _results(page)
    assert "1 of 3 tests passed" in results
    assert "kept as the progress store has it" in results
