"""A different route: the percentile weights its two neighbours (``a * (1 - f) + b * f``),
servers are rounded up by comparing with the floor and the ceiling, shards double in a loop,
delays grow by repeated multiplication, and the total is an exact ``Fraction`` sum."""

import math
from collections.abc import Iterable, Sequence
from fractions import Fraction


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile of ``values`` with linear interpolation between ranks."""
    if len(values) == 0 or not (pct >= 0 and pct <= 100):
        raise ValueError("need some values and a pct within [0, 100]")
    ordered = sorted(values)
    position = (len(ordered) - 1) * (pct / 100)
    below = int(position)
    fraction = position - below
    above = min(below + 1, len(ordered) - 1)
    return float(ordered[below] * (1 - fraction) + ordered[above] * fraction)


def servers_needed(peak_rps: float, rps_per_server: float, headroom: float = 0.2) -> int:
    """Servers to carry ``peak_rps`` plus ``headroom``; float noise never adds a server."""
    if not (peak_rps >= 0 and rps_per_server > 0 and headroom >= 0):
        raise ValueError("impossible load figures")
    load = peak_rps * (1 + headroom) / rps_per_server
    floor, ceiling = math.floor(load), math.ceil(load)
    if math.isclose(load, floor):
        return floor
    if math.isclose(load, ceiling):
        return ceiling
    return ceiling


def shard_count(total_bytes: int, max_shard_bytes: int) -> int:
    """Smallest power of two of shards that keeps every shard within ``max_shard_bytes``."""
    if total_bytes < 0 or max_shard_bytes < 1:
        raise ValueError("sizes must be positive")
    shards = 1
    while shards * max_shard_bytes < total_bytes:
        shards *= 2
    return shards


def backoff_delays(base: float, factor: float, cap: float, attempts: int) -> list[float]:
    """Delays ``base * factor**n`` for n = 0..attempts-1, each capped at ``cap``."""
    if not (base > 0 and factor >= 1 and cap >= base and attempts >= 0):
        raise ValueError("invalid backoff settings")
    result: list[float] = []
    delay = base
    for _ in range(attempts):
        result.append(min(delay, cap))
        delay = delay * factor
    return result


def total_wait(delays: Iterable[float]) -> float:
    """Exact-as-possible sum of many small delays."""
    return float(sum((Fraction(delay) for delay in delays), Fraction(0)))
