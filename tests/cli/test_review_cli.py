"""``pyhero review``, ``read`` and ``quiz`` in the terminal, with the real grader."""

from __future__ import annotations

import os
from pathlib import Path

from pyhero.cli._review import SCRATCH_DIR
from pyhero.config import get_settings
from pyhero.progress import ProgressStore, Status, open_store

from .cli_learner import CONTENT, EXERCISE_DIRS, ok, run, solve


def _store() -> ProgressStore:
    return open_store(get_settings().database_url)


def test_an_exercise_review_is_re_solved_in_a_scratch_directory(learner_home: Path) -> None:
    ws = learner_home / "ws"
    ok("init")
    solve(ws, f"{EXERCISE_DIRS['greet-by-name']}/greet_by_name.py", "greet-by-name")
    ok("check", "greet-by-name")
    assert "exercise/greet-by-name" in ok("review")

    started = ok("review", "start", "exercise/greet-by-name")
    scratch = ws / SCRATCH_DIR / "greet-by-name"
    assert "A fresh stub is in" in started
    stub = (CONTENT / "exercises" / "greet-by-name" / "greet_by_name.py").read_text()
    assert (scratch / "greet_by_name.py").read_text() == stub
    assert (scratch / "README.md").is_file()

    os.chdir(scratch)
    failing = run("review", "check")
    assert failing.exit_code == 1
    assert "fix it and check again" in failing.stdout
    solve(scratch, "greet_by_name.py", "greet-by-name")
    passed = ok("review", "check")
    assert "Recorded: " in passed
    with _store() as store:
        (review,) = store.reviews(get_settings().learner)
        assert review.verdict == "passed"
        assert review.rating == "good"  # passed at the second check, within the target time
        card = store.review_cards(get_settings().learner)["exercise/greet-by-name"]
        assert card.opened_at is None


def test_giving_up_flags_the_topics_that_build_on_it(learner_home: Path) -> None:
    ws = learner_home / "ws"
    ok("init")
    solve(ws, f"{EXERCISE_DIRS['greet-by-name']}/greet_by_name.py", "greet-by-name")
    ok("check", "greet-by-name")
    ok("review", "start", "exercise/greet-by-name")
    assert "again" in ok("review", "give-up", "exercise/greet-by-name")
    assert "whose last review failed" in ok("review")
    assert "⚑" in ok("progress")


def test_read_marks_quizzes_and_recall_cards_are_never_done(learner_home: Path) -> None:
    assert "marked read" in ok("read", "variables")
    assert "already marked read" in ok("read", "variables")
    assert "topic/variables" in ok("review")
    shown = ok("review", "start", "topic/variables")
    assert "pyhero review rate topic/variables" in shown  # not a terminal: rate by command
    assert "Recorded: good" in ok("review", "rate", "topic/variables", "good")
    assert run("review", "rate", "exercise/greet-by-name", "good").exit_code != 0
    assert "Reading: 1/" in ok("progress")
    with _store() as store:
        statuses = store.statuses(get_settings().learner)
    assert all(status is not Status.DONE for status in statuses.values())
    assert "no self-check quiz" in run("quiz", "variables").stderr
    assert "no longer marked read" in ok("read", "variables", "--undo")
