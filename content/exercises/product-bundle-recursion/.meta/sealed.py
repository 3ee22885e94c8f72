"""Sealed cases for product-bundle-recursion: bundles nested up to 60 levels, empty
bundles everywhere, several inner bundles of different depth (the deepest is not the
first), repeated prices, price 0; repricing checks the given bundle afterwards."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "product_bundle_recursion"

PRICES = (0, 1, 299, 299, 450, 1200, 1500, 99_999)


def _bundle(rng: random.Random, levels: int) -> list[Any]:
    items: list[Any] = []
    for _ in range(gen.pick(rng, (0, 1, 2, 3, 5))):
        if levels > 0 and gen.chance(rng, 0.35):
            items.append(_bundle(rng, levels - 1))
        else:
            items.append(gen.pick(rng, PRICES))
    return items


def _deep(rng: random.Random, levels: int) -> list[Any]:
    """A chain ``levels`` boxes deep, with prices and an empty box beside each level."""
    bundle: list[Any] = [gen.pick(rng, PRICES)]
    for _ in range(levels):
        bundle = gen.shuffled(rng, [bundle, gen.pick(rng, PRICES), []])
    return bundle


def _bundles(rng: random.Random, count: int) -> Iterator[list[Any]]:
    for _ in range(count):
        yield _bundle(rng, gen.pick(rng, (0, 1, 2, 4, 6)))
    yield _deep(rng, 60)
    yield [[], [[]], [[[]]]]


def repriced(solution, bundle, old, new):  # type: ignore[no-untyped-def]
    """The new bundle, and whether the given one (at every depth) is unchanged."""
    given = copy.deepcopy(bundle)
    result = solution.reprice(given, old, new)
    return {"result": result, "input unchanged": given == bundle}


def cases(rng: random.Random) -> Iterator[Case]:
    for bundle in _bundles(rng, 25):
        yield Case.call("bundle_total", bundle, task=1)
    for bundle in _bundles(rng, 25):
        yield Case.call("flatten", bundle, task=2)
    for bundle in _bundles(rng, 30):
        yield Case.call("nesting_depth", bundle, task=3)
    for bundle in _bundles(rng, 25):
        old = gen.pick(rng, PRICES)
        yield Case.probe(repriced, bundle, old, gen.pick(rng, (349, 0, old)), task=4)
