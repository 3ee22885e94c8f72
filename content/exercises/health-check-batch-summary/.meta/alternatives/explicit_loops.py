"""A different route: one hand-written pass for the summary (strict comparisons keep the
earliest of equal latencies) and two stable sorts for the ranking (by host, then by latency
descending), with validation tables per column."""

from collections.abc import Callable, Iterable, Sequence
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


def _host_problem(host: object) -> tuple[type[Exception], str] | None:
    if not isinstance(host, str):
        return TypeError, "host is not a string"
    if host.isspace() or host == "":
        return ValueError, "host is blank"
    return None


def _latency_problem(latency: object) -> tuple[type[Exception], str] | None:
    if type(latency) is bool or not isinstance(latency, (int, float)):
        return TypeError, f"latency {latency!r} is not a number"
    if latency < 0 or latency != latency or latency == float("inf"):  # NaN is not equal to itself
        return ValueError, f"latency {latency!r} is negative, NaN or infinite"
    return None


def _status_problem(status: object) -> tuple[type[Exception], str] | None:
    if type(status) is bool or not isinstance(status, int):
        return TypeError, f"status {status!r} is not an integer"
    if status < 100 or status > 599:
        return ValueError, f"status {status!r} is out of range"
    return None


_CHECKS: tuple[Callable[[object], tuple[type[Exception], str] | None], ...] = (
    _host_problem,
    _latency_problem,
    _status_problem,
)


def build_rows(
    hosts: Sequence[object], latencies_ms: Sequence[object], statuses: Sequence[object]
) -> list[Row]:
    """Zip three equally long columns into validated ``(host, latency, status)`` rows."""
    rows: list[Row] = []
    shortest = min(len(hosts), len(latencies_ms), len(statuses))
    for index in range(shortest):
        values = (hosts[index], latencies_ms[index], statuses[index])
        for check, value in zip(_CHECKS, values, strict=True):
            problem = check(value)
            if problem is not None:
                error, reason = problem
                raise error(f"row {index}: {reason}")
        host, latency, status = values
        rows.append((str(host), float(latency), status))  # type: ignore[arg-type]
    if not len(hosts) == len(latencies_ms) == len(statuses):
        raise ValueError(
            f"columns differ in length: {len(hosts)}, {len(latencies_ms)}, {len(statuses)}"
        )
    return rows


def summarise(rows: Iterable[Row]) -> BatchSummary:
    """Summarise validated rows; ties for fastest/slowest go to the earliest row."""
    count, total = 0, 0.0
    fastest: Row | None = None
    slowest: Row | None = None
    server_error = False
    first_failure: int | None = None
    for index, row in enumerate(rows):
        count += 1
        total += row[1]
        if fastest is None or row[1] < fastest[1]:
            fastest = row
        if slowest is None or row[1] > slowest[1]:
            slowest = row
        if row[2] >= 400 and first_failure is None:
            first_failure = index
        server_error = server_error or row[2] >= 500
    return BatchSummary(
        count=count,
        total_ms=total,
        fastest=None if fastest is None else fastest[0],
        slowest=None if slowest is None else slowest[0],
        all_ok=first_failure is None,
        any_server_error=server_error,
        first_failure=first_failure,
    )


def slowest_hosts(rows: Iterable[Row], n: int) -> list[str]:
    """Return the hosts of the ``n`` slowest rows, slowest first, ties by host name."""
    if n < 0:
        raise ValueError("n must be zero or more")
    by_host = sorted(rows, key=lambda row: row[0])
    by_latency = sorted(by_host, key=lambda row: row[1], reverse=True)
    return [row[0] for row in by_latency][:n]
