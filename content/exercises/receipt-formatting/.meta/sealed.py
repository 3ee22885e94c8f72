"""Sealed cases for receipt-formatting: whole and fractional amounts, negative ones and
zero, amounts with many digits (wider than their column), names shorter than, exactly and
longer than 16 characters (with spaces, accents and a trailing space where they are cut),
shares of zero, of all and of more than the whole, and of far more (a ratio whose ``str``
has an exponent). ``money`` gets values at a half (``2.675``, ``0.125``), rounded the way
``.2f`` rounds, as the instructions say; unit prices with three decimals, whose line total
is the exact product (not the rounded price times the quantity). Shares avoid values that
fall exactly halfway at the rounding digit."""

from __future__ import annotations

import random
from collections.abc import Iterator
from fractions import Fraction

from pyhero.sealed import Case, gen

SOLUTION = "receipt_formatting"

NAMES = ("Tea", "Flat white", "Croissant", "Pain au chocolat", "Sourdough loaf, sliced",
         "Crème brûlée", "Carrot cake (vegan)", "", "A", "Oat milk cappuccino grande")  # fmt: skip


def _cents(rng: random.Random, lo: int = 0, hi: int = 100_000) -> float:
    return gen.integer(rng, lo, hi) / 100


# Under every seed: halves at the second decimal (as stored in binary: 2.675 is just below).
HALVES = (2.675, 0.125, 1.005, 0.375, 10.125, 1234.565, 8.345)
# Unit prices with three decimals and quantities that make the rounding of the price show.
FINE_PRICES = ((10, 1.299), (12, 0.333), (100, 2.499), (3, 0.125), (7, 19.995))


def _share_case(rng: random.Random) -> Case:
    while True:
        whole = gen.pick(rng, (0, 0, 1, 3, 7, 8, 16, 40, 365, 1000, rng.randint(1, 10**6)))
        part = gen.pick(rng, (0, whole, whole * 2, rng.randint(0, max(whole, 1))))
        if whole == 0 or Fraction(part, whole) * 1000 % 1 != Fraction(1, 2):
            return Case.call("share", part, whole, task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    for _ in range(40):
        amount = _cents(rng, -100_000) if gen.chance(rng, 0.8) else gen.integer(rng, -999, 10**9)
        yield Case.call("money", amount, task=1)
    for amount in HALVES:
        yield Case.call("money", amount, task=1)
    for _ in range(60):
        name = gen.pick(rng, NAMES)
        quantity = gen.pick(rng, (0, 1, 2, 3, 12, 99, 100, 1000))
        yield Case.call("receipt_line", name, quantity, _cents(rng, 0, 2_000_000), task=2)
    for quantity, unit_price in FINE_PRICES:
        yield Case.call("receipt_line", gen.pick(rng, NAMES), quantity, unit_price, task=2)
    for _ in range(10):
        unit_price = gen.integer(rng, 1, 99_999) / 1000
        yield Case.call(
            "receipt_line", gen.pick(rng, NAMES), rng.randint(10, 500), unit_price, task=2
        )
    for _ in range(40):
        yield Case.call("total_line", _cents(rng, -10_000, 10**9), task=3)
    for _ in range(60):
        yield _share_case(rng)
    for part, whole in ((10**15, 1), (3 * 10**14, 2)):
        yield Case.call("share", part, whole, task=4)
