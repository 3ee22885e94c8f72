"""Sealed cases for price-filters: empty catalogues, prices equal to the budget, zero and
very large prices, discounts of 0, 100 and everything between, free items at the start,
the end and everywhere, names with every kind of surrounding whitespace and accents.
Discounted prices that fall exactly on half a cent are avoided: the instructions do not
teach how `round` treats halves."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "price_filters"

NAMES = ("mug", "Tea towel", "KETTLE", "crème brûlée pan", "Ölkanne", "", "x", "tea  cup")


def _cents(rng: random.Random) -> int:
    return gen.pick(rng, (0, 1, 99, 100, 1000, rng.randint(0, 10_000), gen.integer(rng, 0, 10**7)))


def _discount_case(rng: random.Random) -> Case:
    percent = gen.pick(rng, (0, 5, 10, 15, 20, 25, 33, 50, 75, 99, 100))
    prices = []
    for _ in range(gen.size(rng, large=100)):
        cents = _cents(rng)
        if cents * (100 - percent) % 100 != 50:
            prices.append(cents / 100)
    return Case.call("discounted", prices, percent, task=3)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 160 cases per seed."""
    for _ in range(40):
        names = [gen.whitespace(rng) * rng.randint(0, 1) + gen.pick(rng, NAMES) for _ in range(5)]
        names = [name + gen.whitespace(rng) * rng.randint(0, 1) for name in names]
        yield Case.call("product_codes", names[: rng.randint(0, 5)], task=1)
    for _ in range(40):
        prices = [_cents(rng) / 100 for _ in range(gen.size(rng, large=100))]
        budget = gen.pick(rng, (*prices, 0.0, 10.0, 1e9)) if prices else 10.0
        yield Case.call("affordable", prices, budget, task=2)
    for _ in range(40):
        yield _discount_case(rng)
    for _ in range(40):
        items = [(gen.pick(rng, NAMES), _cents(rng) / 100) for _ in range(gen.size(rng, large=50))]
        yield Case.call("price_tags", items, task=4)
