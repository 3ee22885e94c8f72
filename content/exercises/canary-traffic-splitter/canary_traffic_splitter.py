"""Weighted routing, sticky buckets, reservoir sampling and jitter with random.Random."""

import random
from collections.abc import Iterable, Mapping
from typing import TypeVar

T = TypeVar("T")


class CanarySplitter:
    """Chooses a release for each request in proportion to its weight."""

    def __init__(self, weights: Mapping[str, float], rng: random.Random) -> None:
        raise NotImplementedError("CanarySplitter.__init__")

    def pick(self) -> str:
        """The release for one request."""
        raise NotImplementedError("CanarySplitter.pick")

    def picks(self, count: int) -> list[str]:
        """Releases for ``count`` requests."""
        raise NotImplementedError("CanarySplitter.picks")


def sticky_bucket(user_id: str, buckets: int) -> int:
    """A bucket in ``range(buckets)`` that never changes for the same user."""
    raise NotImplementedError("sticky_bucket")


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> list[T]:
    """A uniform sample of ``k`` items from a stream of unknown length (Algorithm R)."""
    raise NotImplementedError("reservoir_sample")


def full_jitter(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """A delay drawn uniformly from ``[0, min(cap, base * 2**attempt)]``."""
    raise NotImplementedError("full_jitter")
