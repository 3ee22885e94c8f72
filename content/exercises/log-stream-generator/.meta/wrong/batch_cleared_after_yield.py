"""``batches`` yields its list and then empties it with ``batch.clear()`` to start over.

The caller received that very list, so every batch they kept becomes empty as soon as the
generator moves on (``list(batches(...))`` is a list of empty lists). The visible tests
catch it.
"""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def log_levels(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        if line.strip():
            yield line.split()[2]


def running_total(amounts: Iterable[float]) -> Iterator[float]:
    total: float = 0
    for amount in amounts:
        total += amount
        yield total


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch.clear()
    if batch:
        yield batch
