"""Prerequisite-aware review: a topic whose latest review failed flags its dependants."""

from __future__ import annotations

from collections.abc import Iterable

from pyhero.curriculum import Curriculum
from pyhero.review._scheduling import ReviewEntry

__all__ = ["failing_topics", "flagged_topics"]


def failing_topics(reviews: Iterable[tuple[str, ReviewEntry]]) -> set[str]:
    """Topics whose latest review (of any of their items) was graded AGAIN.

    ``reviews`` holds (topic slug, entry) pairs in any order.
    """
    ordered = sorted(reviews, key=lambda pair: pair[1].reviewed_at)
    latest = dict(ordered)  # the last entry of each topic wins
    return {topic for topic, entry in latest.items() if not entry.rating.passing}


def flagged_topics(curriculum: Curriculum, failing: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Topic slug -> the failing prerequisites it rests on, for every direct dependant of a
    failing topic, in learning order (prerequisites sorted)."""
    causes: dict[str, set[str]] = {}
    for slug in failing:
        if slug not in curriculum.topics:
            continue
        for dependant in curriculum.dependents(slug):
            causes.setdefault(dependant.slug, set()).add(slug)
    return {
        topic.slug: tuple(sorted(causes[topic.slug]))
        for topic in curriculum.learning_order()
        if topic.slug in causes
    }
