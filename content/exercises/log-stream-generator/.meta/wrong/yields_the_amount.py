"""``running_total`` adds to the total but yields the amount itself; ``log_levels`` splits on
single spaces, so a blank line of spaces is not skipped.

The first total happens to equal the first amount. ``"   ".split(" ")`` is a list of empty
strings, so ``words[2]`` is ``""``. The visible tests catch both.
"""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def log_levels(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        words = line.split(" ")
        if len(words) >= 3:
            yield words[2]


def running_total(amounts: Iterable[float]) -> Iterator[float]:
    total: float = 0
    for amount in amounts:
        total += amount
        yield amount


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
