"""Sealed cases for report-table: names shorter than, as long as and longer than the header
(accented and with spaces), empty tables, zero, one, a thousand and billions of requests,
error ratios of 0, 1 and in between, and minimum widths of zero. Ratios whose percentage
falls exactly halfway at the second decimal are avoided: the instructions do not teach how
halves round."""

from __future__ import annotations

import random
from collections.abc import Iterator
from fractions import Fraction

from pyhero.sealed import Case, gen

SOLUTION = "report_table"

NAMES = ("api", "db", "billing-worker", "service", "servic", "auth", "search indexer",
         "ünïcode-svc", "a", "notifications-dispatcher")  # fmt: skip


def _row(rng: random.Random) -> tuple[str, int, float]:
    requests = gen.pick(rng, (0, 1, 2, 999, 1000, 1001, 123_456, 10**9 + 7, rng.randint(0, 10**7)))
    while True:
        failed = gen.pick(rng, (0, requests, rng.randint(0, requests)))
        ratio = Fraction(failed, requests) if requests else Fraction(0)
        if ratio * 10_000 % 1 != Fraction(1, 2):
            return gen.pick(rng, NAMES), requests, failed / requests if requests else 0.0


def _rows(rng: random.Random) -> list[tuple[str, int, float]]:
    return [_row(rng) for _ in range(gen.pick(rng, (0, 1, 1, 2, 3, 5, 12)))]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 160 cases per seed."""
    for _ in range(40):
        names = [gen.pick(rng, NAMES) for _ in range(gen.pick(rng, (0, 1, 2, 4, 9)))]
        yield Case.call("name_width", names, gen.pick(rng, (0, 1, 7, 30)), task=1)
    for _ in range(40):
        name, requests, ratio = _row(rng)
        width = max(len(name), gen.pick(rng, (0, 7, 14, 26)))
        yield Case.call("format_row", name, requests, ratio, width, task=2)
    for _ in range(40):
        yield Case.call("render_table", _rows(rng), task=3)
    for _ in range(40):
        yield Case.call("summary", _rows(rng), task=4)
