"""Capacity-planning helpers built on the math module."""

from collections.abc import Iterable, Sequence


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile of ``values`` with linear interpolation between ranks."""
    raise NotImplementedError("percentile")


def servers_needed(peak_rps: float, rps_per_server: float, headroom: float = 0.2) -> int:
    """Servers to carry ``peak_rps`` plus ``headroom``; float noise never adds a server."""
    raise NotImplementedError("servers_needed")


def shard_count(total_bytes: int, max_shard_bytes: int) -> int:
    """Smallest power of two of shards that keeps every shard within ``max_shard_bytes``."""
    raise NotImplementedError("shard_count")


def backoff_delays(base: float, factor: float, cap: float, attempts: int) -> list[float]:
    """Delays ``base * factor**n`` for n = 0..attempts-1, each capped at ``cap``."""
    raise NotImplementedError("backoff_delays")


def total_wait(delays: Iterable[float]) -> float:
    """Exact-as-possible sum of many small delays."""
    raise NotImplementedError("total_wait")
