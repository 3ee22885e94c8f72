"""Sealed cases for receipt-totals: prices in whole cents or tenths of a cent (zero, small,
large), quantities from 0 up, packs from 1 gram, tax rates with and without a half percent,
item counts that do not divide the total. Results that fall exactly on half a cent are
avoided: the instructions do not teach how `round` treats halves."""

from __future__ import annotations

import random
from collections.abc import Iterator
from fractions import Fraction

from pyhero.sealed import Case, gen

SOLUTION = "receipt_totals"

PERCENTS = (0, 5, 7, 8, 10, 12.5, 19, 20, 21, 25, 7.25, 100)


def _cents(rng: random.Random, hi: int = 200_000) -> int:
    return gen.integer(rng, 0, hi)


def _is_half_cent(amount: Fraction) -> bool:
    """Whether an exact amount in euros ends in exactly half a cent."""
    return amount * 100 % 1 == Fraction(1, 2)


def _with_tax_case(rng: random.Random) -> Case:
    while True:
        cents, percent = _cents(rng), gen.pick(rng, PERCENTS)
        exact = Fraction(cents, 100) * (100 + Fraction(percent)) / 100
        if not _is_half_cent(exact):
            return Case.call("with_tax", cents / 100, percent, task=2)


def _average_case(rng: random.Random) -> Case:
    while True:
        cents, count = _cents(rng), gen.pick(rng, (1, 2, 3, 4, 6, 7, 9, 12, 30, 101))
        if not _is_half_cent(Fraction(cents, 100) / count):
            return Case.call("average_price", cents / 100, count, task=3)


def _line_case(rng: random.Random) -> Case:
    while True:
        tenths, quantity = gen.integer(rng, 0, 500_000), gen.integer(rng, 0, 1000)
        if gen.chance(rng, 0.5):
            tenths -= tenths % 10  # a price in whole cents
        if not _is_half_cent(Fraction(tenths, 1000) * quantity):
            return Case.call("line_total", tenths / 1000, quantity, task=1)


def _per_kilo_case(rng: random.Random) -> Case:
    while True:
        cents, grams = _cents(rng, 5_000), gen.integer(rng, 1, 5_000)
        if not _is_half_cent(Fraction(cents, 100) / grams * 1000):
            return Case.call("price_per_kilo", cents / 100, grams, task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 160 cases per seed."""
    for _ in range(40):
        yield _line_case(rng)
    for _ in range(40):
        yield _with_tax_case(rng)
    for _ in range(40):
        yield _average_case(rng)
    for _ in range(40):
        yield _per_kilo_case(rng)
