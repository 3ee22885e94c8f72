"""Built from lazy standard tools: a generator expression for the levels,
``itertools.accumulate`` for the totals and ``itertools.islice`` for each batch."""

from collections.abc import Iterable, Iterator
from itertools import accumulate, islice
from typing import TypeVar

T = TypeVar("T")


def log_levels(lines: Iterable[str]) -> Iterator[str]:
    return (line.split()[2] for line in lines if not line.isspace() and line != "")


def running_total(amounts: Iterable[float]) -> Iterator[float]:
    yield from accumulate(amounts)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
