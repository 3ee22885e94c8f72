"""A different route: cumulative weights and ``bisect`` pick a release from one
``rng.random()`` per request, buckets come from ``randint``, the reservoir is primed with
``islice`` and then updated from the same iterator, and jitter scales ``rng.random()``."""

import random
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from itertools import accumulate, islice
from typing import TypeVar

T = TypeVar("T")


class CanarySplitter:
    """Chooses a release for each request in proportion to its weight."""

    def __init__(self, weights: Mapping[str, float], rng: random.Random) -> None:
        names, values = list(weights.keys()), list(weights.values())
        if len(names) == 0:
            raise ValueError("at least one release must be configured")
        if min(values) < 0:
            raise ValueError("a negative weight makes no sense")
        self._cumulative = list(accumulate(values))
        if self._cumulative[-1] <= 0:
            raise ValueError("total weight must be more than zero")
        self._names = names
        self._rng = rng

    def pick(self) -> str:
        """The release for one request."""
        total = self._cumulative[-1] + 0.0
        point = self._rng.random() * total
        return self._names[bisect_right(self._cumulative, point, 0, len(self._names) - 1)]

    def picks(self, count: int) -> list[str]:
        """Releases for ``count`` requests."""
        if count < 0:
            raise ValueError("a negative number of requests")
        return [self.pick() for _ in range(count)]


def sticky_bucket(user_id: str, buckets: int) -> int:
    """A bucket in ``range(buckets)`` that never changes for the same user."""
    if buckets <= 0:
        raise ValueError(f"buckets must be at least 1 (got {buckets})")
    generator = random.Random()
    generator.seed(user_id)
    return generator.randint(0, buckets - 1)


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> list[T]:
    """A uniform sample of ``k`` items from a stream of unknown length (Algorithm R)."""
    if k < 0:
        raise ValueError("k must be zero or more")
    items = iter(stream)
    sample = list(islice(items, k))
    position = k
    for item in items:
        slot = rng.randint(0, position)
        if slot < k:
            sample[slot] = item
        position += 1
    return sample


def full_jitter(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """A delay drawn uniformly from ``[0, min(cap, base * 2**attempt)]``."""
    if attempt < 0 or not base > 0 or not cap > 0:
        raise ValueError("invalid backoff parameters")
    ceiling = min(cap, base * 2**attempt)
    return ceiling * rng.random()
