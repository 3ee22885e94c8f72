"""Validate and summarise a batch of health-check results using only built-ins."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Row = tuple[str, float, int]


@dataclass(frozen=True)
class BatchSummary:
    """Aggregate view of one batch of health-check rows."""

    count: int
    total_ms: float
    fastest: str | None
    slowest: str | None
    all_ok: bool
    any_server_error: bool
    first_failure: int | None


def build_rows(
    hosts: Sequence[object], latencies_ms: Sequence[object], statuses: Sequence[object]
) -> list[Row]:
    """Zip three equally long columns into validated ``(host, latency, status)`` rows."""
    raise NotImplementedError("build_rows")


def summarise(rows: Iterable[Row]) -> BatchSummary:
    """Summarise validated rows; ties for fastest/slowest go to the earliest row."""
    raise NotImplementedError("summarise")


def slowest_hosts(rows: Iterable[Row], n: int) -> list[str]:
    """Return the hosts of the ``n`` slowest rows, slowest first, ties by host name."""
    raise NotImplementedError("slowest_hosts")
