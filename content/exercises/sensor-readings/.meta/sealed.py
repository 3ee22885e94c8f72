"""Sealed cases for sensor-readings: empty lists, one and two readings, long ones (up to a
thousand), equal neighbours, negative and zero readings with two decimals (changes of
exactly x.x5 are avoided); recording into
lists of every size, observed on the caller's list."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "sensor_readings"


def _reading(rng: random.Random) -> float:
    return gen.integer(rng, -3000, 4500) / 100


def _readings(rng: random.Random) -> list[float]:
    values = [_reading(rng) for _ in range(gen.size(rng))]
    if len(values) >= 2 and gen.chance(rng, 0.2):
        values[-1] = values[-2]  # no change at all
    while len(values) >= 2 and round(values[-1] * 100 - values[-2] * 100) % 10 == 5:
        values[-1] = _reading(rng)  # a change of exactly half a tenth: how round() breaks
    return values  # such a tie is not what this exercise teaches


def record_into(solution: Any, readings: list[float], values: list[float]) -> dict[str, Any]:
    """Record each value in turn into one list; what came back and the list afterwards."""
    returned = [solution.record(readings, value) for value in values]
    return {"returned": returned, "readings": readings}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 170 cases per seed."""
    for name, task in (("latest", 1), ("previous", 2), ("change", 3)):
        for fixed in ([], [0.0], [-4.5], [1.0, 2.0], [2.0, 1.0]):
            yield Case.call(name, fixed, task=task)
        for _ in range(40):
            yield Case.call(name, _readings(rng), task=task)
    for _ in range(30):
        values = [_reading(rng) for _ in range(rng.randint(1, 4))]
        yield Case.probe(record_into, _readings(rng), values, task=4)
