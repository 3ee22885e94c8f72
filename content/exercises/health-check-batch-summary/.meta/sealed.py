"""Sealed cases for health-check-batch-summary: batches whose first problem is in a later row
or a later column, hosts blank with tabs or no-break spaces, `HTTPStatus` members, numeric
strings, `Decimal` and `Fraction` latencies, hosts listed twice, latency ties at both ends,
non-ASCII and mixed-case host names, empty and large batches.

Columns of different lengths hold only valid values: the instructions do not say whether
the length is checked before the rows. NaN and infinite latencies are rejected, as the
instructions say (a check ``latency < 0`` lets NaN through)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from http import HTTPStatus
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "health_check_batch_summary"

HOSTS = ("api-1", "api-2", "db-1", "DB-1", "cache-1", "Cache-1", "édge-1", "queue", "w",
         "worker-10", "worker-9", "Ωmega", "api-1 ", "日本-1")  # fmt: skip
LATENCIES = (0, 0.0, 1, 4.5, 12.3, 35.5, 99.9, 120, 120.0, 250.75, 1000, 0.1, 2.2)
STATUSES = (100, 200, 201, 204, 301, 399, 400, 404, 429, 499, 500, 503, 599,
            HTTPStatus.OK, HTTPStatus.NOT_FOUND, HTTPStatus.BAD_GATEWAY)  # fmt: skip
SUMMARY_FIELDS = ("count", "total_ms", "fastest", "slowest", "all_ok", "any_server_error",
                  "first_failure")  # fmt: skip
BLANK_HOSTS = ("", " ", "  ", "\t", "\n", " \t ", "\u00a0", "\u3000", "\r\n")
#: (column, bad value, exception class the instructions name)
BAD_VALUES: tuple[tuple[int, Any, str], ...] = (
    (0, 42, "TypeError"),
    (0, None, "TypeError"),
    (0, b"api-1", "TypeError"),
    (1, "12.5", "TypeError"),
    (1, "fast", "TypeError"),
    (1, True, "TypeError"),
    (1, None, "TypeError"),
    (1, Decimal("12.5"), "TypeError"),
    (1, Fraction(1, 3), "TypeError"),
    (1, -0.5, "ValueError"),
    (1, -1, "ValueError"),
    (1, -1e-9, "ValueError"),
    (1, float("nan"), "ValueError"),
    (1, float("inf"), "ValueError"),
    (1, float("-inf"), "ValueError"),
    (2, "200", "TypeError"),
    (2, 200.0, "TypeError"),
    (2, False, "TypeError"),
    (2, True, "TypeError"),
    (2, 99, "ValueError"),
    (2, 600, "ValueError"),
    (2, 0, "ValueError"),
    (2, -200, "ValueError"),
    (2, 1000, "ValueError"),
)


#: (hosts, latencies, statuses, the row the first problem is in)
FIRST_PROBLEMS: tuple[tuple[list[Any], list[Any], list[Any], int], ...] = (
    (["a", " "], ["slow", 1.0], [200, 200], 0),
    (["a", "b", 7], [1.0, -1, 2.0], [200, 200, 200], 1),
    (["a", "b"], [1.0, 2.0], [200, "x"], 1),
    (["\t", "b"], [1.0, True], [99, 200], 0),
    (["a", "b"], [1.0, "12.5"], [200, 200], 1),
    (["a"], [Decimal("3.5")], [200], 0),
    (["a", "b"], [0, Fraction(1, 3)], [200, 200], 1),
    (["a", "b", "c"], [1.0, float("nan"), 2.0], [200, 200, 200], 1),
    (["a", "b"], [float("inf"), 1.0], [200, "x"], 0),
)


def _row(rng: random.Random) -> list[Any]:
    return [gen.pick(rng, HOSTS), gen.pick(rng, LATENCIES), gen.pick(rng, STATUSES)]


def _batch(rng: random.Random, count: int) -> list[list[Any]]:
    return [_row(rng) for _ in range(count)]


def _columns(batch: list[list[Any]]) -> tuple[list[Any], list[Any], list[Any]]:
    return [r[0] for r in batch], [r[1] for r in batch], [r[2] for r in batch]


def build(solution, hosts, latencies, statuses):  # type: ignore[no-untyped-def]
    """The rows, with the type of each latency and each status as ``int(status)``."""
    rows = solution.build_rows(hosts, latencies, statuses)
    return [(host, latency, type(latency).__name__, int(status)) for host, latency, status in rows]


def summary(solution, rows, *, as_generator=False):  # type: ignore[no-untyped-def]
    """The summary's fields, by name; the rows given as a list or a one-pass generator."""
    batch = [tuple(row) for row in rows]
    result = solution.summarise(row for row in batch) if as_generator else solution.summarise(batch)
    return {name: getattr(result, name) for name in SUMMARY_FIELDS}


def slowest(solution, rows, n):  # type: ignore[no-untyped-def]
    return solution.slowest_hosts([tuple(row) for row in rows], n)


def _valid_rows(rng: random.Random, count: int) -> list[list[Any]]:
    """Rows as ``build_rows`` returns them (float latencies, plain int statuses)."""
    return [[host, float(latency), int(status)] for host, latency, status in _batch(rng, count)]


def _tied_rows(rng: random.Random) -> list[list[Any]]:
    """A batch whose lowest and highest latencies are each shared by several rows."""
    rows = _valid_rows(rng, rng.randint(3, 9))
    low, high = sorted({rng.choice((0.0, 1.5, 4.5)), rng.choice((120.0, 250.75, 99.9))})
    for index in gen.some(rng, range(len(rows)), rng.randint(2, len(rows))):
        rows[index][1] = gen.pick(rng, (low, high))
    return rows


def _build_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        batch = _batch(rng, gen.size(rng, large=300))
        yield Case.probe(build, *_columns(batch), task=1)
    group = "build_rows: the first problem found"
    for hosts, latencies, statuses, row in FIRST_PROBLEMS:
        yield Case.probe(build, hosts, latencies, statuses, task=1, group=group,
                         message=rf"^row {row}(?!\d)")  # fmt: skip
    for _ in range(45):
        batch = _batch(rng, rng.randint(1, 8))
        bad_row = rng.randrange(len(batch))
        bad = gen.pick(rng, BAD_VALUES) if gen.chance(rng, 0.75) else (0, None, "")
        column, value, _ = bad
        if column == 0 and value is None:
            value = gen.pick(rng, BLANK_HOSTS)
        batch[bad_row][column] = value
        if gen.chance(rng, 0.5) and bad_row + 1 < len(batch):  # a later row, earlier column
            later = rng.randrange(bad_row + 1, len(batch))
            earlier = gen.pick(rng, [b for b in BAD_VALUES if b[0] <= column])
            batch[later][earlier[0]] = earlier[1]
        if gen.chance(rng, 0.3) and column < 2:  # the same row, a later column
            batch[bad_row][2] = gen.pick(rng, ("200", 700, None))
        yield Case.probe(
            build, *_columns(batch), task=1, group=group, message=rf"^row {bad_row}(?!\d)"
        )
    group = "build_rows: columns of different lengths"
    for _ in range(8):
        hosts, latencies, statuses = _columns(_batch(rng, rng.randint(0, 5)))
        column = gen.pick(rng, (hosts, latencies, statuses))
        if column and gen.chance(rng, 0.5):
            column.pop()
        else:
            column.append(_row(rng)[[hosts, latencies, statuses].index(column)])
        yield Case.probe(build, hosts, latencies, statuses, task=1, group=group)


def _summary_cases(rng: random.Random) -> Iterator[Case]:
    for index in range(40):
        rows = _tied_rows(rng) if index % 2 else _valid_rows(rng, gen.size(rng, large=300))
        yield Case.probe(summary, rows, task=2, as_generator=gen.chance(rng, 0.4))


def _slowest_cases(rng: random.Random) -> Iterator[Case]:
    for index in range(40):
        rows = _tied_rows(rng) if index % 2 else _valid_rows(rng, gen.size(rng, large=300))
        n = gen.pick(rng, (0, 1, 2, 3, len(rows), len(rows) + 2, rng.randint(0, len(rows) + 1)))
        yield Case.probe(slowest, rows, n, task=3)
    for n in (-1, -5):
        yield Case.probe(slowest, _valid_rows(rng, 3), n, task=3, group="slowest_hosts: n < 0")


def cases(rng: random.Random) -> Iterator[Case]:
    """About 160 cases per seed, over the three tasks."""
    yield from _build_cases(rng)
    yield from _summary_cases(rng)
    yield from _slowest_cases(rng)
