"""Sealed cases for docstring-lint-cleanup: the export helpers behave as before. Date
ranges of one day to a few months, across month and year ends and 29 February, reversed
ranges; batch sizes from 1 to more than the rows, empty rows, sizes below 1; roots with
and without a trailing slash, ``/`` and ``""``; rows given as lists, tuples and strings (the
batches are lists all the same); when a size below 1 raises (at the first batch, not at the
call); manifest lines for generated partitions and counts."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from types import ModuleType
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "partition_export"

TABLES = ("orders", "events", "page_views", "refunds_2026")
ROOTS = ("s3://lake/raw", "s3://lake/raw/", "/exports", "/exports/", "gs://b/x//", "/", "", "//")
STARTS = (date(2024, 2, 27), date(2025, 12, 30), date(2026, 1, 31), date(2026, 6, 15))


def _day(rng: random.Random) -> date:
    return gen.pick(rng, STARTS) + timedelta(days=gen.integer(rng, -3, 40))


def partition_names(solution: ModuleType, table: str, start: date, end: date) -> list[str]:
    """The partitions as (name, path) text."""
    return [f"{p} {p.path('/x')}" for p in solution.partitions_between(table, start, end)]


def path_of(solution: ModuleType, table: str, day: date, root: str) -> Any:
    return solution.Partition(table, day).path(root)


def manifest(solution: ModuleType, table: str, day: date, rows: int, root: str) -> Any:
    return solution.manifest_line(solution.Partition(table, day), rows, root)


def batches(solution: ModuleType, rows: list[int], size: int) -> Any:
    return list(solution.batch_rows(rows, size))


def batch_kinds(solution: ModuleType, rows: Any, size: int) -> Any:
    """Each batch's type with its rows: the batches are lists whatever ``rows`` is."""
    return [(type(batch).__name__, list(batch)) for batch in solution.batch_rows(rows, size)]


def when_size_is_refused(solution: ModuleType, rows: list[int], size: int) -> str:
    """Whether a bad size raises at the call or when the first batch is asked for."""
    try:
        batches = solution.batch_rows(rows, size)
    except ValueError:
        return "raised at the call"
    try:
        next(iter(batches), None)
    except ValueError:
        return "raised at the first batch"
    return "not raised"


def cases(rng: random.Random) -> Iterator[Case]:
    """About 100 cases per seed."""
    for _ in range(30):
        start = _day(rng)
        end = start + timedelta(days=gen.integer(rng, -2, 70))
        yield Case.probe(partition_names, gen.pick(rng, TABLES), start, end, task=1)
    for _ in range(25):
        yield Case.probe(path_of, gen.pick(rng, TABLES), _day(rng), gen.pick(rng, ROOTS), task=1)
    for _ in range(25):
        rows = list(range(gen.integer(rng, 0, 23)))
        yield Case.probe(batches, rows, gen.integer(rng, -1, 25), task=2)
    for _ in range(10):
        rows = list(range(gen.integer(rng, 0, 17)))
        shaped = gen.pick(rng, (tuple(rows), "".join(chr(0x61 + n % 26) for n in rows), rows))
        yield Case.probe(batch_kinds, shaped, gen.integer(rng, 1, 6), task=2)
    for size in (0, -1, gen.integer(rng, -5, -2)):
        yield Case.probe(when_size_is_refused, list(range(gen.integer(rng, 0, 9))), size, task=2)
    for _ in range(20):
        args = (gen.pick(rng, TABLES), _day(rng), gen.integer(rng, 0, 10**7), gen.pick(rng, ROOTS))
        yield Case.probe(manifest, *args, task=2)
