"""Sealed cases for log-scanner: empty files, matches on the first and the last line or
nowhere, lower-case and indented "error" lines, blank lines made of every kind of
whitespace, comments after indentation, a "#" inside a value, and retry budgets of zero,
exactly a sum of delays, one second short of it and very large."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "log_scanner"

LOG_LINES = ("INFO start", "WARN slow", "ERROR db down", "error lower case", " ERROR indented",
             "ERRORS are plural", "DEBUG x=1", "INFO ERROR inside")  # fmt: skip
CONFIG_LINES = ("# comment", "  # indented comment", "#", "host = db.local", "  port = 5432  ",
                "colour = #ff0000", "name = a # b", "\tkey=value\t", "x")  # fmt: skip


def _blank(rng: random.Random) -> str:
    return gen.pick(rng, ("", " ", "   ", "\t", gen.whitespace(rng)))


def _lines(rng: random.Random, pool: tuple[str, ...], blanks: float) -> list[str]:
    size = gen.pick(rng, (0, 1, 2, 3, 5, 8, 20))
    return [_blank(rng) if gen.chance(rng, blanks) else gen.pick(rng, pool) for _ in range(size)]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    for _ in range(50):
        yield Case.call("first_error", _lines(rng, LOG_LINES, 0.1), task=1)
    for _ in range(50):
        yield Case.call(
            "header_length", _lines(rng, LOG_LINES, gen.pick(rng, (0, 0.1, 0.3))), task=2
        )
    for _ in range(50):
        yield Case.call("config_lines", _lines(rng, CONFIG_LINES, 0.2), task=3)
    for _ in range(50):
        first_delay = gen.pick(rng, (1, 2, 3, 5, 60))
        exact = first_delay * (2 ** rng.randint(0, 12) - 1)
        budget = gen.pick(rng, (0, exact, exact - 1, exact + 1, rng.randint(0, 10**6), 10**30))
        yield Case.call("retries_within", first_delay, max(budget, 0), task=4)
