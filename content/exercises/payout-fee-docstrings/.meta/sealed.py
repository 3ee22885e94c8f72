"""Sealed cases for payout-fee-docstrings: the behaviour stays what it was while the
docstrings are written. Gross amounts from zero to large, in whole and fractional cents
(rounding halves up), fee rates from 0 to just below 1 and out of range, minimum fees,
account ages around the 90-day line and negative, refunds from none to more than the
gross (the payout floors at zero), negative inputs that raise."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal

from pyhero.sealed import Case, gen

SOLUTION = "payout_fees"

RATES = ("0", "0.01", "0.029", "0.05", "0.125", "0.3", "0.999")
BAD_RATES = ("1", "1.5", "-0.01")
AGES = (0, 1, 45, 88, 89, 90, 91, 365, 4000)


def _amount(rng: random.Random) -> Decimal:
    cents = gen.pick(rng, (0, 1, 5, 50, 99, 1234, 99_999, 12_345_678, gen.integer(rng, 0, 10**7)))
    places = gen.pick(rng, (2, 2, 3))  # a third decimal exercises the rounding
    scale = 10 if places == 3 else 1
    return Decimal(cents * scale + gen.integer(rng, 0, scale - 1)) / Decimal(10**places) * 1


def _fee_case(rng: random.Random) -> Case:
    gross, rate = _amount(rng), Decimal(gen.pick(rng, RATES))
    if gen.chance(rng, 0.1):
        rate = Decimal(gen.pick(rng, BAD_RATES))
    if gen.chance(rng, 0.05):
        gross = -gross - Decimal("0.01")
    if gen.chance(rng, 0.4):
        minimum = Decimal(gen.pick(rng, ("0", "0.25", "0.30", "1.00", "2.505")))
        return Case.call("platform_fee", gross, rate, minimum, task=4)
    return Case.call("platform_fee", gross, rate, task=4)


def _hold_case(rng: random.Random) -> Case:
    gross, age = _amount(rng), gen.pick(rng, AGES)
    if gen.chance(rng, 0.05):
        age = -gen.integer(rng, 1, 30)
    if gen.chance(rng, 0.4):
        hold = Decimal(gen.pick(rng, ("0", "0.05", "0.10", "0.125", "0.5")))
        return Case.call("reserve_hold", gross, days_since_first_sale=age, hold_rate=hold, task=4)
    return Case.call("reserve_hold", gross, days_since_first_sale=age, task=4)


def _payout_case(rng: random.Random) -> Case:
    gross, rate, age = _amount(rng), Decimal(gen.pick(rng, RATES)), gen.pick(rng, AGES)
    share = gen.pick(rng, ("0", "0.1", "0.5", "0.97", "1", "1.3"))
    refunds = (gross * Decimal(share)).quantize(Decimal("0.01"))
    if gen.chance(rng, 0.05):
        refunds = Decimal("-1.00")
    if gen.chance(rng, 0.3):
        return Case.call("net_payout", gross, rate, days_since_first_sale=age, task=4)
    return Case.call("net_payout", gross, rate, days_since_first_sale=age, refunds=refunds, task=4)


def _every_seed(rng: random.Random) -> Iterator[Case]:
    """Cases no seed goes without: negative rates (refused like rates of 1 and more), and
    minimums in fractions of a cent, which the fee rounds to the cent like any amount."""
    for rate in ("-0.01", "-0.5", "-1"):
        yield Case.call("platform_fee", _amount(rng) + 1, Decimal(rate), task=4)
        age = gen.pick(rng, AGES)
        yield Case.call(
            "net_payout", _amount(rng), Decimal(rate), days_since_first_sale=age, task=4
        )
    for minimum in ("2.505", "0.305", "1.999", "0.004"):
        gross = Decimal(gen.pick(rng, ("0.01", "1.00", "5.00", "9.99")))
        yield Case.call("platform_fee", gross, Decimal("0.029"), Decimal(minimum), task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 130 cases per seed."""
    yield from _every_seed(rng)
    for _ in range(40):
        yield _fee_case(rng)
    for _ in range(40):
        yield _hold_case(rng)
    for _ in range(40):
        yield _payout_case(rng)
