"""Sealed cases for record-stream-batching.

Sources are counting generators built inside the probes, so every case observes how many
records were read after each step, not only what came back. Records include ``None``,
falsy values, strings, and records that are themselves lists or tuples; lengths are often
exact multiples of the batch size; some streams are large.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from itertools import count
from typing import Any

from pyhero.sealed import Case, Outcome, gen, observe

SOLUTION = "record_stream_batching"

SHAPES = ("list", "tuple", "generator", "string")


class _Source:
    """A stream of ``records`` that counts what was read from it (``endless``: the records
    again and again, forever)."""

    def __init__(self, records: list[Any], *, endless: bool = False) -> None:
        self.records = records
        self.endless = endless
        self.read = 0

    def __iter__(self) -> Iterator[Any]:
        while True:
            for record in self.records:
                self.read += 1
                yield record
            if not self.endless or not self.records:
                return


def _raised_or_not(outcome: Outcome) -> Any:
    """What a call raised, or only that it returned (the iterator's type is free)."""
    return "returned" if outcome.returned else outcome


def _record(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.15:
        return gen.pick(rng, (None, 0, "", False, [], ()))
    if roll < 0.45:
        return gen.integer(rng, -1000, 10**6)
    if roll < 0.75:
        return gen.text(rng, words=(0, 2))
    if roll < 0.9:
        return (gen.word(rng), rng.randint(0, 99))
    return [gen.word(rng, ascii_only=True), None]


def _records(rng: random.Random, size: int) -> list[Any]:
    """A stream whose length is often an exact multiple of ``size``, now and then long."""
    if gen.chance(rng, 0.4):
        length = size * rng.randint(0, 5 if size < 50 else 2)
    elif gen.chance(rng, 0.08):
        length = gen.pick(rng, (257, 600))
    else:
        length = rng.randint(0, 4 * size + 3 if size < 50 else size + 3)
    return [_record(rng) for _ in range(length)]


def _shaped(records: list[Any], shape: str) -> Any:
    """The records as a list, a tuple, a one-pass generator, or (text) a string."""
    if shape == "tuple":
        return tuple(records)
    if shape == "generator":
        return (record for record in records)
    if shape == "string":
        return "".join(str(record)[:1] or "·" for record in records)
    return list(records)


def batched_stream(solution, records, size, takes):  # type: ignore[no-untyped-def]
    """``batched`` over a counting source: what the call read, then each of ``takes``
    ``next()`` calls with the number of records read after it."""
    source = _Source(records)
    created = observe(solution.batched, iter(source), size)
    steps: list[Any] = [("after the call", source.read)]
    if created.returned:
        batches = created.value
        for _ in range(takes):
            steps.append((observe(next, batches), source.read))
    return {"created": _raised_or_not(created), "steps": steps}


def batched_all(solution, records, size, shape):  # type: ignore[no-untyped-def]
    """Every batch of ``records`` given as a list, tuple, generator or string."""
    return list(solution.batched(_shaped(records, shape), size))


def batched_endless(solution, records, size, takes):  # type: ignore[no-untyped-def]
    """``takes`` batches of an endless stream, and how much of it was read."""
    source = _Source(records, endless=True)
    batches = solution.batched(source, size)
    taken = [next(batches) for _ in range(takes)]
    return {"batches": taken, "read": source.read}


def page_read(solution, records, number, per_page):  # type: ignore[no-untyped-def]
    """``page`` over a counting source: the page and how many records were read."""
    source = _Source(records)
    outcome = observe(solution.page, iter(source), number, per_page, message="at least 1")
    return {"page": outcome, "read": source.read}


def page_of(solution, records, number, per_page, shape):  # type: ignore[no-untyped-def]
    return solution.page(_shaped(records, shape), number, per_page)


def flatten_pages(solution, pages, takes):  # type: ignore[no-untyped-def]
    """``flatten`` over a counting stream of pages: after the call and after each of
    ``takes`` ``next()`` calls, how many pages were read."""
    source = _Source(pages)
    created = observe(solution.flatten, source)
    steps: list[Any] = [("after the call", source.read)]
    if created.returned:
        stream = created.value
        for _ in range(takes):
            steps.append((observe(next, stream), source.read))
    return {"created": _raised_or_not(created), "steps": steps}


def flatten_shapes(solution, pages, shapes):  # type: ignore[no-untyped-def]
    """Every record of pages given as lists, tuples, generators and strings."""
    given = [_shaped(page, shape) for page, shape in zip(pages, shapes, strict=True)]
    return list(solution.flatten(given))


def flatten_endless(solution, width, takes):  # type: ignore[no-untyped-def]
    """Records of an endless stream of pages ``[n, n + 1, ...]`` of ``width`` records."""
    stream = solution.flatten([n, *range(n + 1, n + width)] for n in count(0, 100))
    return [next(stream) for _ in range(takes)]


def padded_batch(solution, batch, size, filler):  # type: ignore[no-untyped-def]
    """The padded list, whether it is a new list, and the batch afterwards."""
    given = list(batch)
    outcome = observe(solution.padded, given, size, filler)
    return {"result": outcome, "new list": outcome.value is not given, "batch after": given}


def fixed_width(solution, records, size, filler, shape):  # type: ignore[no-untyped-def]
    return solution.fixed_width_batches(_shaped(records, shape), size, filler)


def _batched_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        size = gen.pick(rng, (1, 2, 3, 4, 5, 7, 10, 100))
        records = _records(rng, size)
        takes = min(len(records) // size + 2, 6)
        yield Case.probe(batched_stream, records, size, takes, task=1)
    for size in (0, -1, -500):
        yield Case.probe(batched_stream, _records(rng, 3), size, 1, task=1)
    for _ in range(20):
        size = gen.pick(rng, (1, 2, 3, 4, 6, 100))
        yield Case.probe(batched_all, _records(rng, size), size, gen.pick(rng, SHAPES), task=1)
    for _ in range(4):
        size = rng.randint(1, 4)
        records = [_record(rng) for _ in range(rng.randint(1, 5))]
        yield Case.probe(batched_endless, records, size, rng.randint(1, 6), task=1)


def _page_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        per_page = gen.pick(rng, (1, 2, 3, 5, 10, 25))
        records = _records(rng, per_page)
        last = len(records) // per_page + 2
        number = rng.randint(1, last)
        yield Case.probe(page_read, records, number, per_page, task=2)
    for number, per_page in ((0, 3), (-2, 3), (2, 0), (1, -4), (0, 0)):
        yield Case.probe(page_read, _records(rng, 3), number, per_page, task=2)
    for _ in range(10):
        per_page = rng.randint(1, 6)
        records = _records(rng, per_page)
        number = rng.randint(1, len(records) // per_page + 2)
        yield Case.probe(page_of, records, number, per_page, gen.pick(rng, SHAPES), task=2)


def _flatten_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        pages = [_records(rng, rng.randint(1, 3))[:6] for _ in range(gen.size(rng, large=40))]
        takes = min(sum(map(len, pages)) + 1, 12)
        yield Case.probe(flatten_pages, pages, takes, task=3)
    for _ in range(10):
        pages = [_records(rng, 2)[:5] for _ in range(rng.randint(0, 6))]
        shapes = [gen.pick(rng, SHAPES) for _ in pages]
        yield Case.probe(flatten_shapes, pages, shapes, task=3)
    for width in (1, 2, 5):
        yield Case.probe(flatten_endless, width, rng.randint(1, 12), task=3)


def _padding_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        size = rng.randint(0, 6)
        length = gen.pick(rng, (0, size, size, max(size - 1, 0), size + 1, size + 3))
        batch = [_record(rng) for _ in range(length)]
        yield Case.probe(padded_batch, batch, size, _record(rng), task=4)
    for _ in range(25):
        size = gen.pick(rng, (1, 2, 3, 4, 8, 100))
        records = _records(rng, size)
        yield Case.probe(fixed_width, records, size, _record(rng), gen.pick(rng, SHAPES), task=4)
    for size in (0, -2):
        yield Case.probe(fixed_width, _records(rng, 2), size, None, "list", task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    yield from _batched_cases(rng)
    yield from _page_cases(rng)
    yield from _flatten_cases(rng)
    yield from _padding_cases(rng)
