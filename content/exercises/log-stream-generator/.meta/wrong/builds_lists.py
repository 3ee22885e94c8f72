"""Each function builds the whole list and returns it instead of yielding.

The values are right, but every function reads the entire stream before the caller gets
the first value: an endless log would never produce anything. The visible tests count
what was read, so they catch it.
"""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def log_levels(lines: Iterable[str]) -> Iterator[str]:
    return iter([line.split()[2] for line in lines if line.strip()])


def running_total(amounts: Iterable[float]) -> Iterator[float]:
    totals: list[float] = []
    total: float = 0
    for amount in amounts:
        total += amount
        totals.append(total)
    return iter(totals)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    everything = list(items)
    return iter([everything[i : i + size] for i in range(0, len(everything), size)])
