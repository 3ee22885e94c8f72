"""Lazy helpers of a log shipper: generator functions over streams of lines and numbers."""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def log_levels(lines: Iterable[str]) -> Iterator[str]:
    """Yield the level (third word) of every non-blank line."""
    raise NotImplementedError("log_levels")


def running_total(amounts: Iterable[float]) -> Iterator[float]:
    """Yield the total so far after each amount."""
    raise NotImplementedError("running_total")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of ``size`` items as soon as they are full; the last may be shorter."""
    raise NotImplementedError("batches")
