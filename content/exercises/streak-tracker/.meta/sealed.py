"""Sealed cases for streak-tracker: empty sequences, a single item, streaks at the start,
in the middle and at the end, sequences entirely good or entirely bad, statuses that never
repeat or never change, windows of 1, of exactly the length and longer than it, negative
values, and ties between windows."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "streak_tracker"

STATUSES = ("up", "down", "degraded", "Up")


def _days(rng: random.Random, goal: int) -> list[int]:
    good = gen.pick(rng, (0.0, 0.3, 0.6, 0.9, 1.0))
    return [goal + rng.randint(0, 500) if gen.chance(rng, good) else rng.randint(0, goal - 1)
            for _ in range(gen.size(rng, large=300))]  # fmt: skip


def _statuses(rng: random.Random) -> list[str]:
    pool = STATUSES[: gen.pick(rng, (1, 2, 2, 3, 4))]
    sticky = gen.pick(rng, (0.0, 0.5, 0.9))
    statuses: list[str] = []
    for _ in range(gen.size(rng, large=300)):
        keep = statuses and gen.chance(rng, sticky)
        statuses.append(statuses[-1] if keep else gen.pick(rng, pool))
    return statuses


def _values(rng: random.Random) -> list[int]:
    spread = gen.pick(rng, (1, 3, 10, 1000))
    low = gen.pick(rng, (0, -spread))
    return [rng.randint(low, spread) for _ in range(gen.pick(rng, (0, 1, 2, 3, 5, 8, 30)))]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    for _ in range(50):
        goal = gen.pick(rng, (1, 100, 10_000))
        yield Case.call("longest_streak", _days(rng, goal), goal, task=1)
    for _ in range(50):
        yield Case.call("runs", _statuses(rng), task=2)
    for name, task in (("window_sums", 3), ("busiest_window", 4)):
        for _ in range(50):
            values = _values(rng)
            size = gen.pick(rng, (1, 2, 3, len(values), len(values) + 1)) or 1
            yield Case.call(name, values, size, task=task)
