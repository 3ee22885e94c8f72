"""Sealed cases for bankers-rounding-invoices: amounts that are not binary fractions, exact
halves at the rounding digit, several invoice lines, tax rates that produce ties, shares
with leftover cents. Amounts that would round to a negative zero are avoided (the
instructions do not say how -0.00 is written)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from pyhero.sealed import Case, gen

SOLUTION = "bankers_rounding_invoices"

RATES = ("0.25", "0.125", "0.375", "0.0625", "0.05", "0.075", "0.15", "0.0825", "0.07",
         "0.19", "0.2", "0.21", "0.0725", "0", "0.999")  # fmt: skip
BAD_RATES = ("1", "1.000", "1.5", "-0.01", "2", "-1")
PADDING = ("", "", " ", "  ", "\t", "\n")


def _amount(rng: random.Random, *, lo: int, hi: int) -> str:
    """A decimal string with 2 to 4 places, often a half at the third place."""
    while True:
        text = gen.decimal_text(rng, places=gen.pick(rng, (2, 3, 3, 4)), lo=lo, hi=hi, halves=0.4)
        if Decimal(text) >= 0 or Decimal(text) <= Decimal("-0.006"):
            return text


def _price(rng: random.Random) -> str | int | Decimal:
    roll = rng.random()
    if roll < 0.15:
        return gen.integer(rng, 0, 10_000)
    text = _amount(rng, lo=0, hi=500)
    return Decimal(text) if roll < 0.4 else text


def invoice_total(  # type: ignore[no-untyped-def]
    solution, lines, tax_rate, *, lines_as_iterator=False
):
    """``lines`` handed over as a list, or as an iterator that can be read only once."""
    return solution.invoice_total(iter(lines) if lines_as_iterator else lines, tax_rate)


def _to_money_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        text = _amount(rng, lo=-1000, hi=10**6)
        value: object = text if gen.chance(rng, 0.7) else Decimal(text)
        if isinstance(value, str):
            value = gen.pick(rng, PADDING) + value + gen.pick(rng, PADDING)
        yield Case.call("to_money", value, task=1)
    for value in (0, 42, -7, 10**12, Decimal("1E+2"), Decimal("2.5E-3"), Decimal("0.125"),
                  Decimal("19.995"), Decimal("-19.995"), "000.105"):  # fmt: skip
        yield Case.call("to_money", value, task=1)
    group = "to_money: other types"
    for value in (1.1, 2.0, 0.5, True, False, None, [1], b"1.00", Fraction(1, 2)):
        yield Case.call("to_money", value, task=1, group=group)
    group = "to_money: not a finite number"
    for value in ("", "  ", "abc", "1,50", "1.2.3", "€5", "NaN", "-Infinity", "sNaN",
                  Decimal("NaN"), Decimal("-Infinity"), "0x10"):  # fmt: skip
        yield Case.call("to_money", value, task=1, group=group)


def _line_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        quantity = gen.pick(rng, (0, 1, 2, 3, 7, 12, 99, 1000))
        yield Case.call("line_total", _price(rng), quantity, task=2)
    for _ in range(4):
        price = _amount(rng, lo=-100, hi=-1)
        yield Case.call("line_total", price, rng.randint(1, 9), task=2)
    for quantity in (-1, -12):
        yield Case.call("line_total", _price(rng), quantity, task=2, group="line_total: negative")


def _invoice_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        count = gen.pick(rng, (0, 1, 2, 2, 3, 4, 6, 9))
        lines = [(_price(rng), rng.randint(0, 12)) for _ in range(count)]
        rate = Decimal(gen.pick(rng, RATES))
        if gen.chance(rng, 0.3):
            yield Case.probe(invoice_total, lines, rate, lines_as_iterator=True, task=3)
        else:
            yield Case.probe(invoice_total, lines, rate, task=3)
    for _ in range(15):  # the tax falls exactly on half a cent: no float gets this right
        rate = Decimal(gen.pick(rng, ("0.25", "0.125", "0.375", "0.05", "0.075")))
        while True:
            lines = [(_amount(rng, lo=0, hi=300)[:-1], rng.randint(1, 4)) for _ in range(3)]
            subtotal = sum(Decimal(price).quantize(Decimal("0.01")) * qty for price, qty in lines)
            if subtotal * rate * 100 % 1 == Decimal("0.5"):
                break
        yield Case.probe(invoice_total, lines, rate, task=3)
    for rate in BAD_RATES:
        lines = [(_price(rng), rng.randint(1, 5))]
        group = "invoice_total: rate out of range"
        yield Case.probe(invoice_total, lines, Decimal(rate), task=3, group=group)


def _split_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        amount = Decimal(_amount(rng, lo=0, hi=gen.pick(rng, (0, 1, 100, 10_000))))
        parts = gen.pick(rng, (1, 2, 3, 4, 6, 7, 9, 12, 31, 100))
        yield Case.call("split_evenly", amount, parts, task=4)
    for amount, parts in (("0", 5), ("0.00", 1), ("0.01", 3), ("0.015", 2), ("0.025", 2)):
        yield Case.call("split_evenly", Decimal(amount), parts, task=4)
    group = "split_evenly: invalid"
    for amount, parts in (("10.00", 0), ("10.00", -2), ("-0.01", 2), ("-100", 3)):
        yield Case.call("split_evenly", Decimal(amount), parts, task=4, group=group)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    yield from _to_money_cases(rng)
    yield from _line_cases(rng)
    yield from _invoice_cases(rng)
    yield from _split_cases(rng)
