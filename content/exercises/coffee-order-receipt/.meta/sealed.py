"""Sealed cases for coffee-order-receipt: prices and totals whose cents need a leading zero,
zero quantities, item names with accents, emoji and inner spaces, bills smaller than the
number of people, item names with surrounding spaces (kept as given), and amounts beyond
a float's 53 bits (exact integer arithmetic, no detour through ``/``)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "coffee_order_receipt"

ITEMS = (
    "Latte",
    "Flat white",
    "Café crème",
    "Chai  latte",
    "Matcha 🍵",
    "Pain au chocolat",
    " Espresso",
    "Mocha ",
    "\tCortado",
)

# Beyond 2**53 a float cannot hold every int: ``cents / 100`` and ``total / people`` round.
HUGE = (10**15 + 7, 10**17 + 1, 2**53 + 1, 123_456_789_012_345_678)


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
    for cents in (0, 1, 9, 10, 99, 100, 101, 110, 1000, 100000, *HUGE):
        yield Case.call("format_cents", cents, task=2)
    yield Case.call("format_cents", gen.integer(rng, 10**16, 10**20), task=2)
    for _ in range(25):
        price = _cents(rng) % 10_000
        yield Case.call("receipt_line", gen.pick(rng, ITEMS), price, rng.randint(0, 12), task=3)
    yield Case.call("receipt_line", gen.word(rng), 5, 1, task=3)
    yield Case.call("receipt_line", "  Oat flat white ", 420, 2, task=3)
    yield Case.call("receipt_line", "Scone", 10**15 + 3, 1, task=3)
    for _ in range(30):
        total = _cents(rng)
        people = gen.pick(rng, (1, 2, 3, 4, 6, 7, 12, 1000, total + 1))
        yield Case.call("split_bill", total, people, task=4)
    for total in HUGE:
        yield Case.call("split_bill", total, gen.pick(rng, (1, 3, 7)), task=4)
    yield Case.call("split_bill", 10**17 + 1, 1, task=4)
