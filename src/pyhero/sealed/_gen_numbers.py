"""Numbers and numeric text: big and negative integers, decimals that are not binary
floats, halves for rounding, ties, strings whose text order is not their numeric order."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal
from typing import TypedDict, TypeVar, Unpack

from pyhero.sealed._gen_sample import chance, pick, shuffled

__all__ = [
    "decimal",
    "decimal_text",
    "integer",
    "is_binary_exact",
    "numeric_strings",
    "with_ties",
]

T = TypeVar("T")

_EDGE_INTEGERS = (0, 1, -1, 2, -2, 9, 10, 99, 100, 255, 256, 2**31 - 1, -(2**31), 2**53 + 1)
_BIG_INTEGERS = (2**63, -(2**63) - 1, 10**20, -(10**30), 2**100 + 7)


def integer(rng: random.Random, lo: int | None = None, hi: int | None = None) -> int:
    """An integer in ``[lo, hi]`` (unbounded when not given) that is often an edge: 0, ±1,
    the ends of the range, powers of two, and, unbounded, values beyond 64 bits."""
    edges = [n for n in (*_EDGE_INTEGERS, *_BIG_INTEGERS) if _within(n, lo, hi)]
    edges += [n for n in (lo, hi) if n is not None]
    roll = rng.random()
    if edges and roll < 0.4:
        return pick(rng, edges)
    low = lo if lo is not None else (-(10**6) if roll < 0.9 else -(10**40))
    high = hi if hi is not None else (10**6 if roll < 0.9 else 10**40)
    return rng.randint(low, high)


def _within(value: int, lo: int | None, hi: int | None) -> bool:
    return (lo is None or value >= lo) and (hi is None or value <= hi)


def is_binary_exact(value: Decimal) -> bool:
    """Whether a float holds ``value`` exactly (``0.5`` does, ``0.1`` does not)."""
    return value.is_finite() and Decimal(float(value)) == value


def decimal_text(
    rng: random.Random,
    *,
    places: int = 2,
    lo: int = -1000,
    hi: int = 1000,
    halves: float = 0.3,
    binary_exact: bool = False,
) -> str:
    """A decimal number written with exactly ``places`` digits after the point (none when
    0), whose integer part is in ``[lo, hi]``.

    With probability ``halves`` its last digit is 5: a tie when rounding to one place less
    (``2.345`` → ``2.34`` or ``2.35``). Unless ``binary_exact``, a value a float holds
    exactly (``0.25``) is never produced when ``places`` > 0, so float arithmetic shows.
    """
    for _ in range(1000):
        whole = rng.randint(lo, hi)
        if places == 0:
            return str(whole)
        digits = [rng.randint(0, 9) for _ in range(places)]
        if chance(rng, halves):
            digits[-1] = 5
        sign = "-" if whole < 0 or (whole == 0 and lo < 0 and chance(rng, 0.3)) else ""
        text = f"{sign}{abs(whole)}.{''.join(map(str, digits))}"
        if binary_exact or not is_binary_exact(Decimal(text)):
            return text
    raise ValueError(f"no decimal with {places} places in [{lo}, {hi}] is inexact in binary")


class DecimalOptions(TypedDict, total=False):
    """The keyword options of :func:`decimal_text`."""

    places: int
    lo: int
    hi: int
    halves: float
    binary_exact: bool


def decimal(rng: random.Random, **options: Unpack[DecimalOptions]) -> Decimal:
    """:func:`decimal_text` as a ``Decimal`` (its exponent is ``-places``)."""
    return Decimal(decimal_text(rng, **options))


def numeric_strings(rng: random.Random, count: int = 6, *, negative: bool = False) -> list[str]:
    """``count`` (≥ 2) distinct integers as strings, shuffled, whose sorted text order
    differs from their numeric order: it always holds a one-digit number ``d`` and a
    two-digit one that starts with a smaller digit (``"9"`` and ``"10"``)."""
    if count < 2:
        raise ValueError("numeric_strings needs count >= 2")
    small = rng.randint(2, 9)
    values = [small, rng.randint(1, small - 1) * 10 + rng.randint(0, 9)]
    while len(values) < count:
        value = rng.randint(-500 if negative else 0, _limit(rng))
        if value not in values:
            values.append(value)
    return shuffled(rng, [str(v) for v in values])


def _limit(rng: random.Random) -> int:
    return pick(rng, (99, 10_000, 100_000))


def with_ties(rng: random.Random, values: Sequence[T], count: int) -> list[T]:
    """``count`` (≥ 2) items drawn from ``values`` in random order, at least two of them
    equal, so that the order of ties matters."""
    if count < 2 or not values:
        raise ValueError("with_ties needs count >= 2 and some values")
    drawn = [pick(rng, values) for _ in range(count - 1)]
    drawn.append(pick(rng, drawn))
    return shuffled(rng, drawn)
