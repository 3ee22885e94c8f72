"""Lazy batching and pagination of record streams with itertools."""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batched(records: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of ``size`` records (the last may be shorter), consuming lazily."""
    raise NotImplementedError("batched")


def page(records: Iterable[T], number: int, per_page: int) -> list[T]:
    """Records of 1-based page ``number``; reads no further than that page's end."""
    raise NotImplementedError("page")


def flatten(pages: Iterable[Iterable[T]]) -> Iterator[T]:
    """Chain pages of records into one lazy stream."""
    raise NotImplementedError("flatten")


def padded(batch: list[T], size: int, filler: T) -> list[T]:
    """``batch`` extended with ``filler`` up to exactly ``size`` items."""
    raise NotImplementedError("padded")


def fixed_width_batches(records: Iterable[T], size: int, filler: T) -> list[list[T]]:
    """All batches of ``records``, the last one padded with ``filler``."""
    raise NotImplementedError("fixed_width_batches")
