"""Sealed cases for price-tag-keyword-only: options by name and by position (a TypeError
either way it is refused), amounts of every size and sign, zero and many decimals,
separators of several characters, sizes around the limit, thin strips, squares."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "price_tag_keyword_only"

CURRENCIES = ("EUR", "USD", "JPY", "CHF", "€", "")
FIELDS = ("sku-1", "Mug", "", "café crème", "a,b", 7.5, 0, -3, None, True, 1e-05, "  ")


def _amount(rng: random.Random) -> float:
    cents = gen.integer(rng, -(10**8), 10**8)
    return cents if gen.chance(rng, 0.2) else cents / 100


def _side(rng: random.Random) -> int:
    return gen.pick(rng, (1, 2, 3, 99, 100, 101, 640, 999, 1000, 1001, 4000, 6000))


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        options = {}
        if gen.chance(rng, 0.5):
            options["currency"] = gen.pick(rng, CURRENCIES)
        if gen.chance(rng, 0.5):
            options["decimals"] = gen.pick(rng, (0, 1, 2, 3, 4))
        yield Case.call("format_amount", _amount(rng), **options, task=1)
    group = "format_amount: options by position"
    yield Case.call("format_amount", 12.5, "USD", task=1, group=group)
    yield Case.call("format_amount", 12.5, "USD", 0, task=1, group=group)
    for _ in range(25):
        fields = [gen.pick(rng, FIELDS) for _ in range(gen.size(rng, large=20))]
        if gen.chance(rng, 0.5):
            yield Case.call("csv_row", *fields, sep=gen.pick(rng, (";", "\t", " | ", "")), task=2)
        else:
            yield Case.call("csv_row", *fields, task=2)
    for _ in range(40):
        yield Case.call("resize", _side(rng), _side(rng), max_side=_side(rng), task=3)
    for _ in range(10):
        side = rng.randint(1, 5000)
        yield Case.call("resize", side, side, max_side=rng.randint(1, 5000), task=3)
    group = "resize: max_side by position or missing"
    yield Case.call("resize", 4000, 3000, 1000, task=3, group=group)
    yield Case.call("resize", 4000, 3000, task=3, group=group)
