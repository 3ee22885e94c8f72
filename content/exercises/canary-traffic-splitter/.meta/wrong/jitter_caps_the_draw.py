"""Draws from ``0`` to ``base * 2**attempt`` and caps the drawn delay at ``cap`` afterwards.

Once the exponential passes the cap, most draws land exactly on the cap instead of being
spread over ``[0, cap]``: the retries synchronise again. A visible test with a seeded
generator catches it.
"""

import random
from collections.abc import Iterable, Mapping
from typing import TypeVar

T = TypeVar("T")


class CanarySplitter:
    """Chooses a release for each request in proportion to its weight."""

    def __init__(self, weights: Mapping[str, float], rng: random.Random) -> None:
        if not weights:
            raise ValueError("at least one release is required")
        if any(weight < 0 for weight in weights.values()):
            raise ValueError("weights must not be negative")
        if sum(weights.values()) <= 0:
            raise ValueError("the weights must add up to more than zero")
        self._releases = list(weights)
        self._weights = list(weights.values())
        self._rng = rng

    def pick(self) -> str:
        """The release for one request."""
        (release,) = self._rng.choices(self._releases, weights=self._weights)
        return release

    def picks(self, count: int) -> list[str]:
        """Releases for ``count`` requests."""
        if count < 0:
            raise ValueError(f"count must not be negative, got {count}")
        return self._rng.choices(self._releases, weights=self._weights, k=count)


def sticky_bucket(user_id: str, buckets: int) -> int:
    """A bucket in ``range(buckets)`` that never changes for the same user."""
    if buckets < 1:
        raise ValueError(f"buckets must be at least 1, got {buckets}")
    return random.Random(user_id).randrange(buckets)


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> list[T]:
    """A uniform sample of ``k`` items from a stream of unknown length (Algorithm R)."""
    if k < 0:
        raise ValueError(f"k must not be negative, got {k}")
    sample: list[T] = []
    for seen, item in enumerate(stream):
        if seen < k:
            sample.append(item)
        else:
            slot = rng.randint(0, seen)
            if slot < k:
                sample[slot] = item
    return sample


def full_jitter(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """A delay drawn uniformly from ``[0, min(cap, base * 2**attempt)]``."""
    if attempt < 0 or base <= 0 or cap <= 0:
        raise ValueError("attempt must be >= 0, base and cap > 0")
    return min(cap, rng.uniform(0, base * 2**attempt))
