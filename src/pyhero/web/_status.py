"""Statuses for display: exercises from the store, topics derived from their exercises."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from pyhero.curriculum import Curriculum
from pyhero.progress import Status

__all__ = ["TopicStatus", "fingerprint", "topic_statuses"]

TopicStatus = str
"""``done`` (every exercise passed), ``attempted``, ``pending``, or ``none`` (no exercise)."""


def topic_statuses(
    curriculum: Curriculum, exercises: Mapping[str, Status]
) -> dict[str, TopicStatus]:
    """One status per topic, from the statuses of its exercises."""
    by_topic: dict[str, list[Status]] = {}
    for slug, exercise in curriculum.exercises.items():
        by_topic.setdefault(exercise.topic, []).append(exercises.get(slug, Status.PENDING))
    result: dict[str, TopicStatus] = {}
    for slug in curriculum.topics:
        states = by_topic.get(slug)
        if not states:
            result[slug] = "none"
        elif all(state is Status.DONE for state in states):
            result[slug] = "done"
        elif any(state is not Status.PENDING for state in states):
            result[slug] = "attempted"
        else:
            result[slug] = "pending"
    return result


def fingerprint(statuses: Mapping[str, str]) -> str:
    """A short key that changes whenever any status changes (for page caches)."""
    digest = hashlib.blake2b(digest_size=12)
    for slug in sorted(statuses):
        if statuses[slug] not in {"pending", "none"}:
            digest.update(f"{slug}={statuses[slug]};".encode())
    return digest.hexdigest()
