"""``Executor.map`` (results in input order, the first error in input order) with the
chunk index recovered by counting, ``functools.reduce`` with ``operator.add`` to join, and
``heapq.nsmallest`` for the top words."""

from __future__ import annotations

import functools
import heapq
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

_PUNCTUATION = re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_EDGES = re.compile(f"^[{_PUNCTUATION}]+|[{_PUNCTUATION}]+$")


class ChunkError(Exception):
    def __init__(self, index: int, error: BaseException) -> None:
        super().__init__(f"chunk {index} failed: {error.__class__.__name__}: {error}")
        self.index = index
        self.error = error


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    if size <= 0:
        raise ValueError("size must be positive")
    iterator = iter(items)
    chunks = []
    while chunk := list(islice(iterator, size)):
        chunks.append(chunk)
    return chunks


def fork_join(
    func: Callable[[list[T]], R], chunks: Iterable[list[T]], *, workers: int = 2
) -> list[R]:
    if workers <= 0:
        raise ValueError("workers must be positive")
    pending = list(chunks)
    results: list[R] = []
    if not pending:
        return results
    with ProcessPoolExecutor(workers) as pool:
        answers = pool.map(func, pending)
        index = 0
        try:
            for answer in answers:
                results.append(answer)
                index += 1
        except Exception as error:
            raise ChunkError(index, error) from error
    return results


def count_words(lines: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in lines:
        for word in line.lower().split():
            word = _EDGES.sub("", word)
            if word:
                counts[word] += 1
    return counts


def word_counts(
    lines: Sequence[str], *, chunk_size: int = 1000, workers: int = 2
) -> dict[str, int]:
    partials = fork_join(count_words, chunked(lines, chunk_size), workers=workers)
    return dict(functools.reduce(operator.add, partials, Counter()))


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    return heapq.nsmallest(n, counts.items(), key=lambda pair: (-pair[1], pair[0]))
