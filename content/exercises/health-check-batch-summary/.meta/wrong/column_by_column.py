"""Validates column by column (every host, then every latency, then every status) instead of
row by row.

Each check is right, but a batch whose first bad value sits in a later row of an earlier
column reports that row (or the wrong exception class): a bad latency in row 0 and a blank
host in row 3 give ``row 3``. A visible test has a bad latency in row 0 and a blank host in
row 1, so the tests catch it; the sealed set has many such batches.
"""

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
    if not len(hosts) == len(latencies_ms) == len(statuses):
        raise ValueError("the columns have different lengths")
    for index, host in enumerate(hosts):
        if not isinstance(host, str):
            raise TypeError(f"row {index}: host must be a str, got {type(host).__name__}")
        if not host.strip():
            raise ValueError(f"row {index}: host must not be blank")
    for index, latency in enumerate(latencies_ms):
        if isinstance(latency, bool) or not isinstance(latency, int | float):
            raise TypeError(f"row {index}: latency must be a number, got {type(latency).__name__}")
        if not 0 <= latency < float("inf"):
            raise ValueError(f"row {index}: latency must be a finite number >= 0, got {latency}")
    for index, status in enumerate(statuses):
        if isinstance(status, bool) or not isinstance(status, int):
            raise TypeError(f"row {index}: status must be an int, got {type(status).__name__}")
        if not 100 <= status <= 599:
            raise ValueError(f"row {index}: status {status} is not an HTTP status code")
    return [
        (host, float(latency), status)
        for host, latency, status in zip(hosts, latencies_ms, statuses, strict=True)
    ]


def summarise(rows: Iterable[Row]) -> BatchSummary:
    """Summarise validated rows; ties for fastest/slowest go to the earliest row."""
    batch = list(rows)
    fastest = min(batch, key=lambda row: row[1], default=None)
    slowest = max(batch, key=lambda row: row[1], default=None)
    return BatchSummary(
        count=len(batch),
        total_ms=sum((latency for _, latency, _ in batch), start=0.0),
        fastest=fastest[0] if fastest is not None else None,
        slowest=slowest[0] if slowest is not None else None,
        all_ok=all(status < 400 for _, _, status in batch),
        any_server_error=any(status >= 500 for _, _, status in batch),
        first_failure=next(
            (index for index, (_, _, status) in enumerate(batch) if status >= 400), None
        ),
    )


def slowest_hosts(rows: Iterable[Row], n: int) -> list[str]:
    """Return the hosts of the ``n`` slowest rows, slowest first, ties by host name."""
    if n < 0:
        raise ValueError(f"n must not be negative, got {n}")
    ranked = sorted(rows, key=lambda row: (-row[1], row[0]))
    return [host for host, _, _ in ranked[:n]]
