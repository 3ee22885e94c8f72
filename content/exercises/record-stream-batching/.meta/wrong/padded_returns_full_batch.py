"""``padded`` hands back the caller's own list when it is already full.

A shortcut ("nothing to add, return it"), but the instructions promise a new list: the
writer appends to what it gets and so changes the batch the caller still holds. The
visible tests check for a new list only when fillers are added.
"""

from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import TypeVar

T = TypeVar("T")


def batched(records: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of ``size`` records (the last may be shorter), consuming lazily."""
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    iterator = iter(records)
    return iter(lambda: list(islice(iterator, size)), [])


def page(records: Iterable[T], number: int, per_page: int) -> list[T]:
    """Records of 1-based page ``number``; reads no further than that page's end."""
    if number < 1 or per_page < 1:
        raise ValueError("page number and per_page must be at least 1")
    start = (number - 1) * per_page
    return list(islice(records, start, start + per_page))


def flatten(pages: Iterable[Iterable[T]]) -> Iterator[T]:
    """Chain pages of records into one lazy stream."""
    return chain.from_iterable(pages)


def padded(batch: list[T], size: int, filler: T) -> list[T]:
    """``batch`` extended with ``filler`` up to exactly ``size`` items."""
    if len(batch) > size:
        raise ValueError(f"batch of {len(batch)} does not fit in {size}")
    if len(batch) == size:
        return batch
    return batch + [filler] * (size - len(batch))


def fixed_width_batches(records: Iterable[T], size: int, filler: T) -> list[list[T]]:
    """All batches of ``records``, the last one padded with ``filler``."""
    return [padded(batch, size, filler) for batch in batched(records, size)]
