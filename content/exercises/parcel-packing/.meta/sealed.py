"""Sealed cases for parcel-packing: no items, fewer items than a box holds, exact fits,
boxes of one, counts beyond 64 bits (where floats lose digits), offsets of whole days,
the last minute of a day, and offsets far before and after the shipping day."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "parcel_packing"


def _packing(rng: random.Random) -> tuple[int, int]:
    per_box = gen.pick(rng, (1, 2, 3, 5, 10, 12, 24, 1000, gen.integer(rng, 1, 10**20)))
    roll = rng.random()
    if roll < 0.2:
        items = per_box * gen.integer(rng, 0, 10**6)  # an exact fit
    elif roll < 0.35:
        items = rng.randint(0, per_box - 1)  # less than one box
    elif roll < 0.55:
        items = 10**17 + rng.randint(1, 10**6)  # floats would lose the last digits
    else:
        items = gen.integer(rng, 0)
    return items, per_box


def _offset(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.3:
        return 1440 * rng.randint(-5, 5) + gen.pick(rng, (0, 1, 59, 60, 61, 1439, -1))
    if roll < 0.5:
        return gen.integer(rng)
    return rng.randint(-3000, 5000)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 220 cases per seed."""
    for name, task in (("full_boxes", 1), ("left_over", 2), ("boxes_needed", 3)):
        for _ in range(50):
            yield Case.call(name, *_packing(rng), task=task)
    for _ in range(70):
        yield Case.call("clock_time", _offset(rng), task=4)
