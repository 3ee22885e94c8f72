"""The home page says where to start or continue, as `pyhero next` would, with the streak."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pyhero.curriculum import load_curriculum
from pyhero.progress import Status
from pyhero.web._start_here import end_of_day, start_here

from .conftest import CORRECT_ADD, FIXTURE_CONTENT, Learner


def _panel(page: str) -> str:
    return page[page.index('<section class="start-here"') : page.index('class="graph-box"')]


def test_a_new_learner_is_told_where_to_start(learner: Learner) -> None:
    panel = _panel(learner.client.get("/").text)
    assert '<h2 id="start-title">Start here</h2>' in panel
    assert '<a class="button primary" href="/exercises/add-numbers">Add numbers</a>' in panel
    assert '<a href="#section-foundations">1. Foundations</a>' in panel
    assert "0 of 1 exercise done" in panel
    assert "0 days" in panel
    assert "Run the tests of any exercise to start one." in panel


def test_after_a_pass_the_panel_continues_with_the_next_exercise(learner: Learner) -> None:
    learner.client.post("/api/exercises/add-numbers/submit", json={"code": CORRECT_ADD})
    panel = _panel(learner.client.get("/").text)
    assert '<h2 id="start-title">Continue</h2>' in panel
    assert 'href="/exercises/word-lengths">Word lengths</a>' in panel
    assert "2. Practice" in panel
    assert "1 day" in panel
    assert "You practised today." in panel


def test_the_next_exercise_is_the_one_pyhero_next_names() -> None:
    curriculum = load_curriculum(FIXTURE_CONTENT)
    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    days = [(now - timedelta(days=d), 5.0) for d in (1, 2, 3)]
    panel = start_here(curriculum, {"add-numbers": Status.DONE}, days, now)
    assert panel.exercise is not None
    assert panel.exercise.slug == "word-lengths"
    assert (panel.section_done, panel.section_total) == (0, 1)
    assert (panel.streak_days, panel.active_today, panel.started) == (3, False, True)
    finished = start_here(
        curriculum, {"add-numbers": Status.DONE, "word-lengths": Status.DONE}, days, now
    )
    assert finished.exercise is None


def test_when_all_is_done_the_panel_says_so(learner: Learner) -> None:
    client = learner.client
    client.post("/api/exercises/add-numbers/submit", json={"code": CORRECT_ADD})
    example = FIXTURE_CONTENT / "exercises" / "word-lengths" / ".meta" / "example.py"
    client.post("/api/exercises/word-lengths/submit", json={"code": example.read_text()})
    assert "Every exercise is done" in _panel(client.get("/").text)


def test_the_day_ends_at_the_next_local_midnight() -> None:
    now = datetime(2026, 3, 10, 23, 59, 30, tzinfo=UTC)
    assert end_of_day(now) == datetime(2026, 3, 11, tzinfo=UTC).timestamp()
