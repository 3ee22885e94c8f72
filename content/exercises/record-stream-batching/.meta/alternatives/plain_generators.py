"""Plain loops instead of ``itertools``: a generator that fills a fresh list per batch
(behind an eager wrapper that validates), ``enumerate`` with an early ``break`` for pages,
``yield from`` per page, and list arithmetic for padding."""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def _batches(records: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def batched(records: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of ``size`` records (the last may be shorter), consuming lazily."""
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    return _batches(records, size)


def page(records: Iterable[T], number: int, per_page: int) -> list[T]:
    """Records of 1-based page ``number``; reads no further than that page's end."""
    if number < 1:
        raise ValueError("page number must be at least 1")
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    first, last = (number - 1) * per_page, number * per_page - 1
    found: list[T] = []
    for index, record in enumerate(records):
        if index >= first:
            found.append(record)
        if index == last:
            break
    return found


def flatten(pages: Iterable[Iterable[T]]) -> Iterator[T]:
    """Chain pages of records into one lazy stream."""
    for records in pages:
        yield from records


def padded(batch: list[T], size: int, filler: T) -> list[T]:
    """``batch`` extended with ``filler`` up to exactly ``size`` items."""
    missing = size - len(batch)
    if missing < 0:
        raise ValueError(f"a batch of {len(batch)} records is longer than {size}")
    return batch + [filler] * missing


def fixed_width_batches(records: Iterable[T], size: int, filler: T) -> list[list[T]]:
    """All batches of ``records``, the last one padded with ``filler``."""
    return [padded(batch, size, filler) for batch in batched(records, size)]
