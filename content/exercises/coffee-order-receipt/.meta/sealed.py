"""Sealed cases for coffee-order-receipt: prices and totals whose cents need a leading zero,
zero quantities, item names with accents, emoji and inner spaces, bills smaller than the
number of people."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "coffee_order_receipt"

ITEMS = ("Latte", "Flat white", "Café crème", "Chai  latte", "Matcha 🍵", "Pain au chocolat")


def _cents(rng: random.Random) -> int:
    """Cents with every shape of the cents part: 0, one digit, two digits, round hundreds."""
    roll = rng.random()
    if roll < 0.3:
        return rng.randint(0, 20) * 100 + rng.randint(0, 9)
    if roll < 0.4:
        return rng.randint(0, 50) * 100
    return gen.integer(rng, 0, 10**9)


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(15):
        yield Case.call("line_total", _cents(rng), gen.pick(rng, (0, 1, 2, 3, 7, 12, 100)), task=1)
    for _ in range(40):
        yield Case.call("format_cents", _cents(rng), task=2)
    for cents in (0, 1, 9, 10, 99, 100, 101, 110, 1000, 100000):
        yield Case.call("format_cents", cents, task=2)
    for _ in range(25):
        price = _cents(rng) % 10_000
        yield Case.call("receipt_line", gen.pick(rng, ITEMS), price, rng.randint(0, 12), task=3)
    yield Case.call("receipt_line", gen.word(rng), 5, 1, task=3)
    for _ in range(30):
        total = _cents(rng)
        people = gen.pick(rng, (1, 2, 3, 4, 6, 7, 12, 1000, total + 1))
        yield Case.call("split_bill", total, people, task=4)
