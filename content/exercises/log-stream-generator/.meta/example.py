"""Lazy helpers of a log shipper: generator functions over streams of lines and numbers."""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def log_levels(lines: Iterable[str]) -> Iterator[str]:
    """Yield the level (third word) of every non-blank line."""
    for line in lines:
        words = line.split()
        if words:
            yield words[2]


def running_total(amounts: Iterable[float]) -> Iterator[float]:
    """Yield the total so far after each amount."""
    total: float = 0
    for amount in amounts:
        total += amount
        yield total


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of ``size`` items as soon as they are full; the last may be shorter."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
