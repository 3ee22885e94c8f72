"""Statuses, the next exercise and topic markers, from curriculum + recorded verdicts."""

from __future__ import annotations

from pyhero.curriculum import Curriculum
from pyhero.progress import Status
from pyhero.workspace import next_exercise, prerequisites_done, topic_markers, topic_statuses

DONE, TRIED = Status.DONE, Status.ATTEMPTED


def test_next_is_the_first_unfinished_exercise_in_learning_order(curriculum: Curriculum) -> None:
    order = [e.slug for e in curriculum.exercise_order()]
    assert order == ["greet-by-name", "sum-of-squares", "vowel-count", "call-counter"]

    def upcoming(statuses: dict[str, Status]) -> str | None:
        found = next_exercise(curriculum, statuses)
        return found.slug if found else None

    assert upcoming({}) == "greet-by-name"
    assert upcoming({"greet-by-name": TRIED}) == "greet-by-name"
    assert upcoming({"greet-by-name": DONE}) == "sum-of-squares"
    assert upcoming({"greet-by-name": DONE, "sum-of-squares": DONE}) == "vowel-count"
    assert upcoming(dict.fromkeys(order, DONE)) is None


def test_prerequisites_gate_exercises(curriculum: Curriculum) -> None:
    counter = curriculum.exercises["call-counter"]  # decorators: needs functions and testing
    partly = {"greet-by-name": DONE, "sum-of-squares": DONE}
    assert not prerequisites_done(curriculum, counter, partly)
    assert prerequisites_done(curriculum, counter, {**partly, "vowel-count": DONE})
    # Skipping ahead: the gated exercise is passed over for one that is open.
    assert (
        next_exercise(curriculum, {"greet-by-name": DONE, "vowel-count": DONE})
        == (curriculum.exercises["sum-of-squares"])
    )


def test_topic_markers_summarise_their_exercises(curriculum: Curriculum) -> None:
    statuses = {"greet-by-name": DONE, "sum-of-squares": TRIED}
    assert topic_statuses(curriculum, statuses) == {
        "variables": DONE,
        "functions": TRIED,
        "testing": Status.PENDING,
        "decorators": Status.PENDING,
    }
    markers = topic_markers(curriculum, statuses)
    assert markers["variables"] == "✓"
    assert "packaging" not in markers  # no exercises, no marker
