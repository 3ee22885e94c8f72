"""Fork-join over a process pool: implement the functions below."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class ChunkError(Exception):
    """A chunk's function raised; ``error`` is what it raised (also the ``__cause__``)."""

    def __init__(self, index: int, error: BaseException) -> None:
        raise NotImplementedError


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    """Consecutive chunks of ``size`` items; the last one may be shorter."""
    raise NotImplementedError


def fork_join(
    func: Callable[[list[T]], R], chunks: Iterable[list[T]], *, workers: int = 2
) -> list[R]:
    """``[func(chunk) for chunk in chunks]``, computed in ``workers`` processes."""
    raise NotImplementedError


def count_words(lines: list[str]) -> Counter[str]:
    """Words of ``lines``, lower-cased, punctuation stripped from both ends."""
    raise NotImplementedError


def word_counts(
    lines: Sequence[str], *, chunk_size: int = 1000, workers: int = 2
) -> dict[str, int]:
    """``count_words`` of all ``lines``, forked over chunks and joined by adding up."""
    raise NotImplementedError


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """The ``n`` most frequent words, ties in alphabetical order."""
    raise NotImplementedError
