"""Statuses for display: exercises from the store, topics derived from their exercises."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from weakref import WeakKeyDictionary

from pyhero.curriculum import Curriculum
from pyhero.progress import Status

__all__ = ["TopicStatus", "fingerprint", "topic_statuses"]

TopicStatus = str
"""``done`` (every exercise passed), ``attempted``, ``pending``, or ``none`` (no exercise)."""


_EXERCISES_BY_TOPIC: WeakKeyDictionary[Curriculum, dict[str, tuple[str, ...]]]
_EXERCISES_BY_TOPIC = WeakKeyDictionary()


def _exercises_by_topic(curriculum: Curriculum) -> dict[str, tuple[str, ...]]:
    found = _EXERCISES_BY_TOPIC.get(curriculum)
    if found is None:
        grouped: dict[str, list[str]] = {slug: [] for slug in curriculum.topics}
        for slug, exercise in curriculum.exercises.items():
            grouped[exercise.topic].append(slug)
        found = _EXERCISES_BY_TOPIC[curriculum] = {k: tuple(v) for k, v in grouped.items()}
    return found


def topic_statuses(
    curriculum: Curriculum, exercises: Mapping[str, Status]
) -> dict[str, TopicStatus]:
    """One status per topic, from the statuses of its exercises."""
    result: dict[str, TopicStatus] = {}
    pending = Status.PENDING
    for topic, slugs in _exercises_by_topic(curriculum).items():
        if not slugs:
            result[topic] = "none"
            continue
        states = [exercises.get(slug, pending) for slug in slugs]
        if all(state is Status.DONE for state in states):
            result[topic] = "done"
        elif any(state is not pending for state in states):
            result[topic] = "attempted"
        else:
            result[topic] = "pending"
    return result


def fingerprint(statuses: Mapping[str, str]) -> str:
    """A short key that changes whenever any status changes (for page caches)."""
    digest = hashlib.blake2b(digest_size=12)
    for slug in sorted(statuses):
        if statuses[slug] not in {"pending", "none"}:
            digest.update(f"{slug}={statuses[slug]};".encode())
    return digest.hexdigest()
