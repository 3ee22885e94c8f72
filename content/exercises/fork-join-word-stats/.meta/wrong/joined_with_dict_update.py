"""Joins the partial counts with ``dict.update``.

``dict.update`` replaces a word's count with the last chunk's count instead of adding
them up (``Counter.update`` adds). The visible tests catch it.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class ChunkError(Exception):
    """A chunk's function raised; ``error`` is what it raised (also the ``__cause__``)."""

    def __init__(self, index: int, error: BaseException) -> None:
        super().__init__(f"chunk {index} failed: {type(error).__name__}: {error}")
        self.index = index
        self.error = error


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    """Consecutive chunks of ``size`` items; the last one may be shorter."""
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def fork_join(
    func: Callable[[list[T]], R], chunks: Iterable[list[T]], *, workers: int = 2
) -> list[R]:
    """``[func(chunk) for chunk in chunks]``, computed in ``workers`` processes."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    chunks = list(chunks)
    if not chunks:
        return []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(func, chunk) for chunk in chunks]
        results: list[R] = []
        for index, future in enumerate(futures):
            try:
                results.append(future.result())
            except Exception as error:
                pool.shutdown(cancel_futures=True)
                raise ChunkError(index, error) from error
    return results


def count_words(lines: list[str]) -> Counter[str]:
    """Words of ``lines``, lower-cased, punctuation stripped from both ends."""
    words = (word.strip(string.punctuation) for line in lines for word in line.lower().split())
    return Counter(word for word in words if word)


def word_counts(
    lines: Sequence[str], *, chunk_size: int = 1000, workers: int = 2
) -> dict[str, int]:
    """``count_words`` of all ``lines``, forked over chunks and joined by adding up."""
    total: dict[str, int] = {}
    for partial in fork_join(count_words, chunked(lines, chunk_size), workers=workers):
        total.update(partial)
    return total


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """The ``n`` most frequent words, ties in alphabetical order."""
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]
