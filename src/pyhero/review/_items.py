"""What can be reviewed: a passed exercise (re-solved from its stub) or a topic's key points."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pyhero.curriculum import Curriculum

__all__ = ["ItemKind", "ReviewItem", "UnknownItemError", "item_of", "review_items"]


class ItemKind(StrEnum):
    EXERCISE = "exercise"
    KEY_POINTS = "topic"


class UnknownItemError(ValueError):
    """A review item key that names nothing in the curriculum."""


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One reviewable thing; ``key`` (``exercise/<slug>`` or ``topic/<slug>``) names it in the
    store, in URLs and on the command line."""

    kind: ItemKind
    slug: str
    topic: str
    title: str

    @property
    def key(self) -> str:
        return f"{self.kind.value}/{self.slug}"


def item_of(curriculum: Curriculum, key: str) -> ReviewItem:
    """The item a key names; ``UnknownItemError`` (with the accepted forms) otherwise."""
    kind, _, slug = key.partition("/")
    if kind == ItemKind.EXERCISE and slug in curriculum.exercises:
        exercise = curriculum.exercises[slug]
        return ReviewItem(ItemKind.EXERCISE, slug, exercise.topic, exercise.title)
    if kind == ItemKind.KEY_POINTS and slug in curriculum.topics:
        topic = curriculum.topics[slug]
        if topic.key_points:
            return ReviewItem(ItemKind.KEY_POINTS, slug, slug, topic.title)
    raise UnknownItemError(
        f"no review item {key!r}: expected exercise/<exercise slug> or "
        "topic/<topic slug with key points>"
    )


def review_items(
    curriculum: Curriculum, done_exercises: Iterable[str], studied_topics: Iterable[str]
) -> list[ReviewItem]:
    """The items a learner reviews, in learning order: each exercise the grader passed, and
    the key points of each topic studied (marked read, or holding a done exercise)."""
    done = set(done_exercises)
    studied = set(studied_topics) | {
        curriculum.exercises[slug].topic for slug in done if slug in curriculum.exercises
    }
    items: list[ReviewItem] = []
    for topic in curriculum.learning_order():
        if topic.slug in studied and topic.key_points:
            items.append(ReviewItem(ItemKind.KEY_POINTS, topic.slug, topic.slug, topic.title))
        items.extend(
            ReviewItem(ItemKind.EXERCISE, exercise.slug, topic.slug, exercise.title)
            for exercise in curriculum.topic_exercises(topic.slug)
            if exercise.slug in done
        )
    return items
