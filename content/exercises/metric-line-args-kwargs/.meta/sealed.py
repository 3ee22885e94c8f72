"""Sealed cases for metric-line-args-kwargs: no values and one value, many values, ints and
floats (negative, zero, fractions that print long), tags in an order that is not sorted,
tag values of several types, names and tag values with unicode."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "metric_line_args_kwargs"

NAMES = ("cpu", "mem", "disk_io", "requests", "température", "latency_ms")
TAG_KEYS = ("zone", "host", "region", "app", "shard", "env", "rack")
TAG_VALUES = ("web1", "eu", "db-2", "prod", 3, 0, True, "café", "東京", 0.5)


def _value(rng: random.Random) -> float:
    if gen.chance(rng, 0.4):
        return gen.integer(rng, -1000, 10**6)
    return gen.pick(rng, (0.0, -0.5, 0.1, 1 / 3, 2.5e-07, 1e16, 99.99)) * rng.randint(1, 9)


def _values(rng: random.Random) -> list[float]:
    return [_value(rng) for _ in range(gen.pick(rng, (0, 1, 1, 2, 3, 5, 12)))]


def _tags(rng: random.Random) -> dict[str, object]:
    keys = gen.shuffled(rng, TAG_KEYS)[: gen.pick(rng, (0, 1, 2, 3, 5))]
    return {key: gen.pick(rng, TAG_VALUES) for key in keys}


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        values = _values(rng)
        yield Case.call("mean", *values, task=1)
    for _ in range(20):
        yield Case.call("tag_text", **_tags(rng), task=2)
    for _ in range(40):
        yield Case.call("metric_line", gen.pick(rng, NAMES), *_values(rng), **_tags(rng), task=3)
    for _ in range(20):
        readings = [(gen.pick(rng, NAMES), *_values(rng)) for _ in range(gen.size(rng, large=30))]
        yield Case.call("metric_lines", readings, **_tags(rng), task=4)
