"""Sealed cases for temperature-labels: every boundary (0, 10, 18, 25, 30, -10, 19, 22)
exactly, a hair below and above it, as int and as float, -0.0, humidity on and around 70,
both heating states, and random readings from -40 to 50 °C."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "temperature_labels"

BOUNDARIES = (0, 10, 18, 25, 30, -10, 19, 22)


def _reading(rng: random.Random) -> float:
    roll = rng.random()
    if roll < 0.5:
        edge = gen.pick(rng, BOUNDARIES)
        return edge + gen.pick(rng, (0, 0, 0.0, 0.1, -0.1, 1, -1, 0.001, -0.001, 1e-9))
    if roll < 0.75:
        return rng.randint(-40, 50)
    return round(rng.uniform(-40, 50), gen.pick(rng, (1, 2, 3)))


def cases(rng: random.Random) -> Iterator[Case]:
    """About 250 cases per seed."""
    for value in (0, 0.0, -0.0, 1e-12, -1e-12):
        yield Case.call("is_freezing", value, task=1)
    for _ in range(30):
        yield Case.call("is_freezing", _reading(rng), task=1)
    for _ in range(70):
        yield Case.call("comfort_label", _reading(rng), task=2)
    for _ in range(70):
        humidity = gen.pick(rng, (0, 69, 69.9, 70, 70.0, 70.1, 85, 100, rng.uniform(0, 100)))
        yield Case.call("needs_alert", _reading(rng), humidity, task=3)
    for _ in range(70):
        yield Case.call("heating_action", _reading(rng), gen.chance(rng, 0.5), task=4)
