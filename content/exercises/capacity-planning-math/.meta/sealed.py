"""Sealed cases for capacity-planning-math: percentiles of unsorted samples with ties,
negatives and decimals that are not binary fractions, at ranks just off a whole number,
``nan`` and out-of-range ``pct``; server counts whose exact quotient is a whole number but
whose float is a little above or below (small and very large loads), and counts a few
millionths above a whole number; shard counts for tables past 2**53 bytes that are a byte
over a multiple; backoff with float and integer factors, caps reached early or never;
totals of delays with wildly different magnitudes, as lists and generators.

Magnitudes stay where ``(high - low)`` cannot overflow, loads never round to fewer than
1e-9 servers (where an absolute tolerance would decide), backoff stops before ``factor**n``
overflows, and delays are non-negative (they are waits). Each percentile input holds at most
a few hundred values."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from pyhero.sealed import Case, gen

SOLUTION = "capacity_planning_math"


def _sample(rng: random.Random) -> list[float | int]:
    count = gen.size(rng, large=300) or 1
    values: list[float | int] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.3:
            values.append(float(gen.decimal(rng, places=gen.pick(rng, (1, 2, 3)), lo=-50, hi=5000)))
        elif roll < 0.5:
            values.append(rng.randint(-100, 10_000))
        elif values and roll < 0.7:
            values.append(gen.pick(rng, values))  # a tie
        else:
            values.append(rng.uniform(0, 1e6))
    return gen.shuffled(rng, values)


def _pct(rng: random.Random) -> float | int:
    return gen.pick(rng, (0, 100, 50, 90, 95, 99, 99.9, 12.5, 33.3, 66.7, 0.1, 1,
                          rng.uniform(0, 100), rng.randint(0, 100)))  # fmt: skip


def percentile(solution, values, pct, *, as_tuple=False):  # type: ignore[no-untyped-def]
    """The percentile of a list (or a tuple), and whether the input kept its order."""
    given = tuple(values) if as_tuple else list(values)
    result = solution.percentile(given, pct)
    return {"result": result, "input unchanged": list(given) == values}


def delays(solution, base, factor, cap, attempts):  # type: ignore[no-untyped-def]
    """The delays as floats (``1`` and ``1.0`` are the same delay)."""
    return [float(delay) for delay in solution.backoff_delays(base, factor, cap, attempts)]


def total(solution, values, *, as_generator=False):  # type: ignore[no-untyped-def]
    """The total, and whether it is exactly the correctly rounded sum."""
    given = (value for value in values) if as_generator else list(values)
    result = solution.total_wait(given)
    return {"total": result, "correctly rounded": result == math.fsum(values)}


def _noisy_servers(rng: random.Random, *, large: bool = False) -> tuple[float, float, float]:
    """A whole-number peak whose exact server count is a whole number but whose float
    quotient is not (``large``: ten million servers or more, a little above, where one
    rounding step is more than 1e-9)."""
    for _ in range(100_000):
        headroom = gen.pick(rng, (0.1, 0.2, 0.3, 0.15, 0.05, 0.7, 0.25))
        per = gen.pick(rng, (0.1, 0.3, 0.7, 1.1, 3, 7, 11, 13, 0.2, 0.6))
        servers = rng.randint(10**7, 10**9) if large else rng.randint(1, 10**6)
        exact = Fraction(servers) * Fraction(Decimal(repr(per)))
        exact /= 1 + Fraction(Decimal(repr(headroom)))
        if exact.denominator != 1 or float(exact) != exact:
            continue
        peak = float(exact)
        quotient = peak * (1 + headroom) / per
        if quotient > servers or (not large and quotient != servers):
            return peak, per, headroom
    raise ValueError("no noisy server count found")


def _server_cases(rng: random.Random) -> Iterator[Case]:
    for index in range(16):
        yield Case.call("servers_needed", *_noisy_servers(rng, large=index % 2 == 1), task=2)
    for peak in (4.0000003, 17.000002, 250.0000125, 1.00000005):
        yield Case.call("servers_needed", peak, 1, headroom=0, task=2)
    for _ in range(10):  # a few millionths (or a few hundred-billionths) above a whole number
        whole = gen.pick(rng, (1, 4, 17, 250, 10**6))
        above = whole * gen.pick(rng, (3e-7, 2e-6, 5e-8, 1e-5))
        yield Case.call("servers_needed", whole + above, 1, 0, task=2)
    for _ in range(15):
        peak = gen.pick(rng, (0, 1, 999, 1000, 1001, rng.uniform(0, 1e5), 10**7 + 1))
        per = gen.pick(rng, (0.5, 1, 3, 7.5, 100, 300, rng.uniform(1, 500)))
        headroom = gen.pick(rng, (0, 0.2, 0.5, 1, 0.125))
        yield Case.call("servers_needed", peak, per, headroom=headroom, task=2)
    group = "servers_needed: bad input"
    for args in ((-1, 10, 0.2), (10, 0, 0.2), (10, -5, 0.2), (10, 5, -0.1), (-0.001, 1, 0)):
        yield Case.call("servers_needed", *args, task=2, group=group)


def _shard_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        limit = 2 ** rng.randint(0, 40) * gen.pick(rng, (1, 1, 3, 5, 10**3))
        multiple = rng.randint(0, 2**47 // limit + 1) if limit < 2**47 else rng.randint(0, 4)
        if gen.chance(rng, 0.3):
            multiple = 2 ** rng.randint(0, 20)
        extra = gen.pick(rng, (0, 1, -1, limit // 2))
        total_bytes = max(0, multiple * limit + extra)
        if gen.chance(rng, 0.4):  # past 2**53 bytes, one byte over a multiple of the limit
            limit = 2 ** rng.randint(20, 40)
            total_bytes = (2 ** rng.randint(53, 62) // limit) * limit + 1
        yield Case.call("shard_count", total_bytes, limit, task=3)
    group = "shard_count: bad input"
    for args in ((-1, 10), (10, 0), (10, -5), (-(2**60), 1)):
        yield Case.call("shard_count", *args, task=3, group=group)


def _backoff_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        base = gen.pick(rng, (0.1, 0.5, 1, 2, 0.05, 3))
        factor = gen.pick(rng, (1, 1.5, 2, 2.0, 3, 10, 1.1))
        cap = base * gen.pick(rng, (1, 2, 7, 100, 10**6))
        yield Case.probe(delays, base, factor, cap, rng.randint(0, 40), task=4)
    group = "backoff_delays: bad parameters"
    for args in ((0, 2, 5, 3), (-1, 2, 5, 3), (1, 0.9, 5, 3), (1, 0, 5, 3), (2, 2, 1.9, 3),
                 (1, 2, 5, -1)):  # fmt: skip
        yield Case.probe(delays, *args, task=4, group=group)
    for _ in range(20):
        values = [gen.pick(rng, (0.1, 0.2, 0.3, 1e16, 1.0, 1e-9, 2.5, 1e-300, 1e8))
                  for _ in range(gen.size(rng, large=2000))]  # fmt: skip
        yield Case.probe(total, values, task=4, as_generator=gen.chance(rng, 0.4))
    yield Case.probe(total, [1e16, *[1.0] * 1000], task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 160 cases per seed, over the four tasks."""
    for _ in range(35):
        yield Case.probe(percentile, _sample(rng), _pct(rng), task=1,
                         as_tuple=gen.chance(rng, 0.2))  # fmt: skip
    group = "percentile: empty data or bad pct"
    for values, pct in (([], 50), ([], 0), ([1.0], -0.1), ([1.0], 100.1), ([1.0, 2.0], math.nan),
                        ([3.0], -math.inf), ([3.0], math.inf)):  # fmt: skip
        yield Case.probe(percentile, values, pct, task=1, group=group)
    yield from _server_cases(rng)
    yield from _shard_cases(rng)
    yield from _backoff_cases(rng)
