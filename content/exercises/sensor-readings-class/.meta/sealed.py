"""Sealed cases for sensor-readings-class: several sensors used in an interleaved order (so
a list shared between sensors shows), readings that are ints, floats, negative and zero,
methods called before the first reading, units and names with unicode and spaces."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "sensor_readings_class"

NAMES = ("kitchen", "cellar", "soil bed 3", "serre nº2", "温室")
UNITS = (None, "°C", "%", "hPa", "")
VALUES = (20, 23, 21.5, -4.25, 0, 0.0, 100, 19.5, -40, 1e-3)


def session(solution, sensors, steps):  # type: ignore[no-untyped-def]
    """Make ``sensors`` (name, unit or None for the default), run ``steps`` and report what
    each step returned and, at the end, every sensor's attributes."""
    made = [
        solution.Sensor(name) if unit is None else solution.Sensor(name, unit)
        for name, unit in sensors
    ]
    seen = []
    for method, index, *args in steps:
        seen.append((method, index, getattr(made[index], method)(*args)))
    attributes = [(s.name, s.unit, list(s.readings)) for s in made]
    return {"steps": seen, "attributes": attributes}


def _steps(rng: random.Random, count: int, methods: tuple[str, ...]) -> list[tuple[object, ...]]:
    steps: list[tuple[object, ...]] = []
    for _ in range(rng.randint(0, 20)):
        method = gen.pick(rng, ("record", "record", *methods))
        index = rng.randrange(count)
        steps.append((method, index, gen.pick(rng, VALUES)) if method == "record" else
                     (method, index))  # fmt: skip
    return steps


def cases(rng: random.Random) -> Iterator[Case]:
    tasks = ((1, (), "attributes after record"), (2, ("latest",), "latest"),
             (3, ("average",), "average"), (4, ("describe",), "describe"))  # fmt: skip
    for task, methods, group in tasks:
        for _ in range(15):
            count = rng.randint(1, 3)
            sensors = [(gen.pick(rng, NAMES), gen.pick(rng, UNITS)) for _ in range(count)]
            steps = _steps(rng, count, methods)
            yield Case.probe(session, sensors, steps, task=task, group=group)
