"""``batches`` yields only full batches: the shorter last batch is never yielded.

Whatever is left in ``batch`` when the input ends is silently dropped, so up to
``size - 1`` log records never reach the server. The visible tests catch it.
"""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def log_levels(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        words = line.split()
        if len(words) > 0:
            yield words[2]


def running_total(amounts: Iterable[float]) -> Iterator[float]:
    total: float = 0
    for amount in amounts:
        total = total + amount
        yield total


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
