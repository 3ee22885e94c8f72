"""Sealed cases for fork-join-word-stats.

The chunk functions below run in the learner's worker processes (they inherit this module
when the pool forks). Chunks that come first take longer, so that collecting results as
they complete gives another order; failing chunks fail slowly when they come first and
at once when they come later, so that the first failure in time is not the first in
chunk order.
"""

from __future__ import annotations

import inspect
import os
import random
import tempfile
import time
from collections.abc import Iterator

from pyhero.sealed import Case, gen, observe

SOLUTION = "fork_join_word_stats"

WORDS = ("the", "The", "cat,", "hat.", "(hat)", "cat's", "--", "Ünïcode", "naïve", "x", "a-b",
         "!!!", "to", "be", "é", "TO", "Be!")  # fmt: skip


def paced_total(chunk: list[int]) -> tuple[int, bool]:
    """Sleeps ``chunk[0]`` hundredths of a second; fails on a negative amount."""
    time.sleep(abs(chunk[0]) / 100)
    for amount in chunk:
        if amount < 0:
            raise ValueError(f"negative amount {amount}")
    return sum(chunk), os.getpid() != PARENT[0]


PARENT = [os.getpid()]


def forked(solution, chunks, workers):  # type: ignore[no-untyped-def]
    """``fork_join(paced_total, chunks)``: results (with whether each ran in a worker
    process), or the ``ChunkError``'s index, message, and cause."""
    PARENT[0] = os.getpid()
    try:
        return {"returned": solution.fork_join(paced_total, chunks, workers=workers)}
    except solution.ChunkError as error:
        cause = error.__cause__
        return {
            "index": error.index,
            "message": str(error),
            "error": (type(error.error).__name__, str(error.error)),
            "cause is error": cause is error.error,
        }


def bad_workers(solution, workers, chunks):  # type: ignore[no-untyped-def]
    solution.fork_join(paced_total, chunks, workers=workers)


STARTED: list[str] = []  # a directory made before the pool forks: one file per chunk


def counted_start(chunk: list[int]) -> int:
    """Leaves a file per chunk that starts; the first chunk fails at once, the others are
    slow."""
    with open(os.path.join(STARTED[0], f"{chunk[0]}"), "w"):
        pass
    if chunk[0] < 0:
        raise ValueError(f"negative amount {chunk[0]}")
    time.sleep(0.05)
    return chunk[0]


def queue_behind_failure(solution, workers, count):  # type: ignore[no-untyped-def]
    """Chunk 0 fails at once; ``count`` slow chunks wait behind it. Without cancelling
    them, every one of them runs before ``fork_join`` returns; cancelled, at most a few
    (the ones a worker already took) do."""
    with tempfile.TemporaryDirectory() as directory:
        STARTED[:] = [directory]
        try:
            outcome = observe(
                solution.fork_join, counted_start, [[-1]] + [[n] for n in range(count)],
                workers=workers, errors=("ChunkError",),
            )  # fmt: skip
            started = len(os.listdir(directory))
        finally:
            STARTED.clear()
    return {"outcome": outcome, "most of the queue ran": started > count // 2}


def defaults(solution):  # type: ignore[no-untyped-def]
    """The keyword defaults the instructions give."""
    return {
        name: {
            parameter.name: parameter.default
            for parameter in inspect.signature(getattr(solution, name)).parameters.values()
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY
        }
        for name in ("fork_join", "word_counts")
    }


def _line(rng: random.Random) -> str:
    spaces = ("", " ", "  ", "\t")
    return gen.pick(rng, spaces).join(gen.pick(rng, WORDS) for _ in range(rng.randint(0, 6)))


def counted(solution, lines, chunk_size, workers):  # type: ignore[no-untyped-def]
    return observe(solution.word_counts, lines, chunk_size=chunk_size, workers=workers)


def _chunks(rng: random.Random, count: int, failures: int) -> list[list[int]]:
    chunks = [[count - index] + [rng.randint(0, 9) for _ in range(rng.randint(0, 3))]
              for index in range(count)]  # fmt: skip
    for index in rng.sample(range(count), min(failures, count)):
        chunks[index].append(-1)
        if index < count // 2:
            chunks[index][0] = 30  # an early chunk that fails late
        else:
            chunks[index][0] = 0
    return chunks


def cases(rng: random.Random) -> Iterator[Case]:
    """About 80 cases per seed; the ones that start processes are kept few."""
    for size in (1, 2, 3, 5, 10):
        for count in (0, 1, 4, 10, 11):
            yield Case.call("chunked", list(range(count)), size, task=1)
    yield Case.call("chunked", "abcdefg", 3, task=1)
    yield Case.call("chunked", (1, 2, 3), 2, task=1)
    for size in (0, -3):
        yield Case.call("chunked", [1, 2], size, task=1, message="size", group="bad size")
    for count, workers in ((0, 2), (1, 1), (4, 2), (6, 3)):
        yield Case.probe(forked, _chunks(rng, count, 0), workers, task=2)
    for count, failures in ((5, 1), (6, 2), (4, 4)):
        yield Case.probe(forked, _chunks(rng, count, failures), 2, task=2)
    for workers, chunks in ((0, [[1]]), (-1, [[1]]), (0, [])):
        yield Case.probe(bad_workers, workers, chunks, task=2, message="workers",
                         group="bad workers")  # fmt: skip
    yield Case.probe(queue_behind_failure, 1, 16, task=2)
    yield Case.probe(queue_behind_failure, 2, 20, task=2)
    yield Case.probe(defaults, task=3)
    for _ in range(20):
        lines = [_line(rng) for _ in range(rng.randint(0, 8))]
        yield Case.call("count_words", lines, task=3)
    for chunk_size, workers in ((1, 2), (3, 2), (100, 1)):
        lines = [_line(rng) for _ in range(rng.randint(0, 12))]
        yield Case.probe(counted, lines, chunk_size, workers, task=3)
    for _ in range(15):
        counts = {word: rng.randint(1, 4) for word in rng.sample(WORDS, rng.randint(0, 8))}
        yield Case.call("top_words", counts, rng.randint(0, 9), task=3)
