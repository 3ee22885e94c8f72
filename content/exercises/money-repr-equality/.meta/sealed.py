"""Sealed cases for money-repr-equality: amounts with every shape of cents (0, one digit,
round hundreds), negatives between -1 and 0 units, large amounts, currencies of odd
lengths and with unicode; equality against equal and different Money and against other
types; plus_and_times checked against both operands afterwards."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen, observe

SOLUTION = "money_repr_equality"

CURRENCIES = ("EUR", "USD", "JPY", "CHF", "€", "usd", "", "BTC ")
OTHERS = (0, 1250, "12.50 EUR", None, 12.5, ("EUR", 1250), [1250])


def _cents(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.3:
        return rng.randint(-120, 120)
    if roll < 0.4:
        return rng.randint(-50, 50) * 100
    return gen.integer(rng, -(10**12), 10**12)


def repr_and_str(solution, cents, currency):  # type: ignore[no-untyped-def]
    money = solution.Money(cents) if currency is None else solution.Money(cents, currency)
    return {
        "attributes": (money.cents, money.currency),
        "repr": observe(repr, money),
        "str": observe(str, money),
        "f-string": observe(lambda: f"[{money}]"),
    }


def money_equality(solution, first, second):  # type: ignore[no-untyped-def]
    """``==`` and ``!=`` between two Money built from ``(cents, currency)`` pairs."""
    one, other = solution.Money(*first), solution.Money(*second)
    return {"==": observe(lambda: one == other), "!=": observe(lambda: one != other)}


def equality_with_other_types(solution, cents, value):  # type: ignore[no-untyped-def]
    money = solution.Money(cents)
    return {
        "money == value": observe(lambda: money == value),
        "value == money": observe(lambda: value == money),
        "money != value": observe(lambda: money != value),
        "__eq__": observe(lambda: money.__eq__(value) is NotImplemented),
    }


def plus_and_times(solution, first, second, factor):  # type: ignore[no-untyped-def]
    one, other = solution.Money(*first), solution.Money(*second)
    total, product = one.plus(other), one.times(factor)
    return {
        "plus": (type(total).__name__, total.cents, total.currency),
        "times": (type(product).__name__, product.cents, product.currency),
        "operands afterwards": [(one.cents, one.currency), (other.cents, other.currency)],
        "new objects": (total is not one, total is not other, product is not one),
    }


def cases(rng: random.Random) -> Iterator[Case]:
    for cents in (-1, -99, -100, -101, 0, 1, 9, 99, 100, 101):
        yield Case.probe(repr_and_str, cents, "EUR", task=2)
    for _ in range(30):
        currency = None if gen.chance(rng, 0.3) else gen.pick(rng, CURRENCIES)
        yield Case.probe(repr_and_str, _cents(rng), currency, task=2)
    for _ in range(30):
        first = (_cents(rng), gen.pick(rng, CURRENCIES))
        roll = rng.random()
        if roll < 0.4:
            second = first
        elif roll < 0.7:
            second = (first[0], gen.pick(rng, CURRENCIES))
        else:
            second = (first[0] + gen.pick(rng, (1, -1, 100)), first[1])
        yield Case.probe(money_equality, first, second, task=3)
    for value in OTHERS:
        yield Case.probe(equality_with_other_types, 1250 if value != 0 else 0, value, task=3)
    for _ in range(25):
        currency = gen.pick(rng, CURRENCIES)
        first, second = (_cents(rng), currency), (_cents(rng), currency)
        factor = gen.pick(rng, (0, 1, 2, 3, -1, 12, 1000))
        yield Case.probe(plus_and_times, first, second, factor, task=4)
