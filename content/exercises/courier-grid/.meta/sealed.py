"""Sealed cases for courier-grid: positions in all four quadrants, on the axes and at the
depot, moves of zero and of thousands of blocks, positions equal to each other, and very
large coordinates."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "courier_grid"


def _coordinate(rng: random.Random) -> int:
    return gen.integer(rng, -(10**6), 10**6) if gen.chance(rng, 0.3) else rng.randint(-20, 20)


def _position(rng: random.Random) -> tuple[int, int]:
    return (_coordinate(rng), _coordinate(rng))


def cases(rng: random.Random) -> Iterator[Case]:
    """About 170 cases per seed."""
    for _ in range(40):
        yield Case.call("move", _position(rng), _coordinate(rng), _coordinate(rng), task=1)
    for _ in range(40):
        a = _position(rng)
        b = a if gen.chance(rng, 0.1) else _position(rng)
        yield Case.call("blocks_between", a, b, task=2)
    for _ in range(30):
        yield Case.call("swap_axes", _position(rng), task=3)
    yield Case.call("swap_axes", (7, 7), task=3)
    for _ in range(40):
        start = _position(rng)
        end = start if gen.chance(rng, 0.1) else _position(rng)
        yield Case.call("trip", start, end, task=4)
