"""Sealed cases for sensor-stream-genexpr: one-pass streams that count what was read, the
answer early, late or never in the stream, values equal to the limits, negative values,
sensors with no readings, names that differ only in case."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "sensor_stream_genexpr"

SENSORS = ("oven", "fridge", "Oven", "boiler", "capteur-é")
VALUES = (180.5, 4.0, 220.0, -1.5, 0.0, 100.0, 99.75, -40.0, 1e6)
NUMERIC = ("total_for", "peak")  # observed as floats: 0 and 0.0 are both right


def _readings(rng: random.Random) -> list[tuple[str, float]]:
    count = gen.pick(rng, (0, 1, 2, 5, 30, 2000))
    return [(gen.pick(rng, SENSORS), gen.pick(rng, VALUES)) for _ in range(count)]


def _counted(items: list[Any], read: list[int]) -> Iterator[Any]:
    for item in items:
        read[0] += 1
        yield item


def ask(solution, function, readings, *args):  # type: ignore[no-untyped-def]
    """``function(stream, *args)`` on a one-pass stream: the answer and how much was read."""
    read = [0]
    answer = getattr(solution, function)(_counted(readings, read), *args)
    if function in NUMERIC and answer is not None:
        answer = float(answer)
    return {"answer": answer, "read": read[0]}


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        sensor = gen.pick(rng, SENSORS)
        yield Case.probe(ask, "total_for", _readings(rng), sensor, task=1, group="total_for")
    for _ in range(20):
        limit = gen.pick(rng, VALUES)
        yield Case.probe(ask, "any_above", _readings(rng), limit, task=2, group="any_above")
    for _ in range(20):
        low, high = sorted(gen.some(rng, VALUES, 2))
        group = "all_within"
        yield Case.probe(ask, "all_within", _readings(rng), low, high, task=2, group=group)
    for _ in range(20):
        limit = gen.pick(rng, VALUES)
        yield Case.probe(ask, "first_above", _readings(rng), limit, task=3, group="first_above")
    for _ in range(20):
        yield Case.probe(ask, "peak", _readings(rng), gen.pick(rng, SENSORS), task=4, group="peak")
