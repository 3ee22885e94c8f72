"""Curriculum + recorded verdicts: statuses, what to do next, topic markers."""

from __future__ import annotations

from collections.abc import Mapping

from pyhero.curriculum import Curriculum, Exercise
from pyhero.progress import ExerciseProgress, Status

__all__ = [
    "TOPIC_MARKERS",
    "exercise_statuses",
    "next_exercise",
    "prerequisites_done",
    "topic_markers",
    "topic_statuses",
]

TOPIC_MARKERS = {Status.DONE: "✓", Status.ATTEMPTED: "◐", Status.PENDING: "·"}


def exercise_statuses(
    curriculum: Curriculum, progress: Mapping[str, ExerciseProgress]
) -> dict[str, Status]:
    """Every exercise of the curriculum with its status (pending unless recorded)."""
    return {
        slug: progress[slug].status if slug in progress else Status.PENDING
        for slug in curriculum.exercises
    }


def topic_statuses(curriculum: Curriculum, statuses: Mapping[str, Status]) -> dict[str, Status]:
    """Topics with exercises: done when all are done, attempted when any was tried."""
    result: dict[str, Status] = {}
    for slug in curriculum.topics:
        own = [statuses.get(e.slug, Status.PENDING) for e in curriculum.topic_exercises(slug)]
        if not own:
            continue
        if all(s is Status.DONE for s in own):
            result[slug] = Status.DONE
        elif any(s is not Status.PENDING for s in own):
            result[slug] = Status.ATTEMPTED
        else:
            result[slug] = Status.PENDING
    return result


def topic_markers(curriculum: Curriculum, statuses: Mapping[str, Status]) -> dict[str, str]:
    """Topic slug -> a one-character marker for ``pyhero roadmap`` / ``pyhero topic``."""
    return {
        slug: TOPIC_MARKERS[status] for slug, status in topic_statuses(curriculum, statuses).items()
    }


def _all_prerequisites(curriculum: Curriculum, topic: str) -> set[str]:
    seen: set[str] = set()
    stack = list(curriculum.topics[topic].prerequisites)
    while stack:
        slug = stack.pop()
        if slug in seen or slug not in curriculum.topics:
            continue
        seen.add(slug)
        stack.extend(curriculum.topics[slug].prerequisites)
    return seen


def prerequisites_done(
    curriculum: Curriculum, exercise: Exercise, statuses: Mapping[str, Status]
) -> bool:
    """Every exercise of every (transitive) prerequisite topic is done."""
    return all(
        statuses.get(other.slug) is Status.DONE
        for topic in _all_prerequisites(curriculum, exercise.topic)
        for other in curriculum.topic_exercises(topic)
    )


def next_exercise(curriculum: Curriculum, statuses: Mapping[str, Status]) -> Exercise | None:
    """The first exercise in learning order not done whose prerequisites are done."""
    for exercise in curriculum.exercise_order():
        if statuses.get(exercise.slug) is Status.DONE:
            continue
        if prerequisites_done(curriculum, exercise, statuses):
            return exercise
    return None
