"""Sampling helpers over a ``random.Random`` (deterministic for a given state)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

__all__ = ["chance", "pick", "shuffled", "size", "some"]

T = TypeVar("T")


def chance(rng: random.Random, probability: float) -> bool:
    """``True`` with the given probability."""
    return rng.random() < probability


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """One of ``items``."""
    if not items:
        raise ValueError("pick() from an empty sequence")
    return items[rng.randrange(len(items))]


def some(rng: random.Random, items: Sequence[T], k: int | None = None) -> list[T]:
    """``k`` distinct positions of ``items`` (a random number when ``k`` is ``None``), in
    their original order."""
    count = rng.randint(0, len(items)) if k is None else k
    return [items[index] for index in sorted(rng.sample(range(len(items)), count))]


def shuffled(rng: random.Random, items: Sequence[T]) -> list[T]:
    """A shuffled copy."""
    copy = list(items)
    rng.shuffle(copy)
    return copy


def size(rng: random.Random, *, large: int = 1000) -> int:
    """A collection size rich in edges: 0 and 1 often, small sizes mostly, ``large`` now
    and then."""
    roll = rng.random()
    if roll < 0.15:
        return 0
    if roll < 0.3:
        return 1
    if roll < 0.9:
        return rng.randint(2, 12)
    return rng.randint(13, large)
