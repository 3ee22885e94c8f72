"""Removes float noise with an absolute epsilon: ``math.ceil(exact - 1e-9)``.

Float noise grows with the number: around ten million servers one rounding step is already
1.9e-9, more than the epsilon, so a noisy whole number is rounded up. The visible loads are
small.
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
    return math.ceil(exact - 1e-9)


def shard_count(total_bytes: int, max_shard_bytes: int) -> int:
    """Smallest power of two of shards that keeps every shard within ``max_shard_bytes``."""
    if total_bytes < 0 or max_shard_bytes <= 0:
        raise ValueError("total_bytes must be >= 0 and max_shard_bytes > 0")
    needed = max(1, -(-total_bytes // max_shard_bytes))
    return 1 << (needed - 1).bit_length()


def backoff_delays(base: float, factor: float, cap: float, attempts: int) -> list[float]:
    """Delays ``base * factor**n`` for n = 0..attempts-1, each capped at ``cap``."""
    if base <= 0 or factor < 1 or cap < base or attempts < 0:
        raise ValueError("need base > 0, factor >= 1, cap >= base and attempts >= 0")
    return [min(cap, base * factor**attempt) for attempt in range(attempts)]


def total_wait(delays: Iterable[float]) -> float:
    """Exact-as-possible sum of many small delays."""
    return math.fsum(delays)
