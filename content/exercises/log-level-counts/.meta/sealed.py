"""Sealed cases for log-level-counts: levels in mixed case, blank lines of every kind of
whitespace, lines of a single word, leading whitespace, empty logs, counts that tie for the
top (in any dict order), minimums of 0, 1 and above every count. Shares that fall exactly
halfway at the rounding digit are avoided: the instructions do not teach how halves round
(and 1 / 80 * 100 differs from 100 / 80 in the last bit)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from fractions import Fraction

from pyhero.sealed import Case, gen

SOLUTION = "log_level_counts"

LEVELS = ("INFO", "info", "Info", "WARN", "warn", "ERROR", "error", "DEBUG", "CRITICAL",
          "TRACE", "Warn")  # fmt: skip
MESSAGES = ("", " server started", " disk at 81%", "  timeout after 30s", "\tretrying",
            " user=42 action=login", " ünïcode message ✓")  # fmt: skip


def _line(rng: random.Random) -> str:
    if gen.chance(rng, 0.12):
        return gen.pick(rng, ("", " ", "   ", "\t", "\n")) + gen.whitespace(rng)
    prefix = gen.pick(rng, ("", "", "", " ", "\t"))
    return prefix + gen.pick(rng, LEVELS) + gen.pick(rng, MESSAGES)


def _counts(rng: random.Random) -> dict[str, int]:
    names = gen.some(rng, ("INFO", "WARN", "ERROR", "DEBUG", "CRITICAL", "TRACE"))
    values = gen.with_ties(rng, (1, 2, 3, 7, 40), max(len(names), 2))
    return dict(zip(gen.shuffled(rng, names), values, strict=False))


def _is_tie(counts: dict[str, int], level: str) -> bool:
    total = sum(counts.values())
    return total > 0 and Fraction(counts.get(level, 0) * 1000, total) % 1 == Fraction(1, 2)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 180 cases per seed."""
    for _ in range(45):
        yield Case.call(
            "count_levels", [_line(rng) for _ in range(gen.size(rng, large=300))], task=1
        )
    for _ in range(45):
        counts = _counts(rng)
        level = gen.pick(rng, (*counts, "DEBUG", "NOTICE")) if counts else "INFO"
        if not _is_tie(counts, level):
            yield Case.call("share_of", counts, level, task=2)
    for _ in range(45):
        yield Case.call("most_frequent", _counts(rng), task=3)
    for _ in range(45):
        minimum = gen.pick(rng, (0, 1, 2, 3, 7, 41))
        yield Case.call("levels_at_least", _counts(rng), minimum, task=4)
