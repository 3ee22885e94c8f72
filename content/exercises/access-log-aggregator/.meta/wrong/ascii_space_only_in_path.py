"""The path and the query exclude only the ASCII space (``[^ ?"]*``), not every
whitespace character: a no-break space, a tab or an em space inside the path or the query
is accepted, where the instructions make such a line invalid.

The visible tests have no such line and pass; the sealed set's lines with other whitespace
inside the path and the query catch it under every seed."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

LOG_LINE = re.compile(
    r"(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "
    r'"(?P<method>[A-Z]+) (?P<path>/[^ ?"]*)(?:\?(?P<query>[^ "]*))? HTTP/[0-9.]+" '
    r"(?P<status>[1-5][0-9][0-9]) (?P<size>[0-9]+|-)(?: (?P<duration>[0-9]+(?:\.[0-9]+)?))?"
)
_ID_SEGMENT = re.compile(
    r"/(?:[0-9]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=/|\Z)"
)


@dataclass(frozen=True)
class Hit:
    """One parsed request."""

    ip: str
    method: str
    path: str
    status: int
    size: int
    duration: float | None


@dataclass
class LogReport:
    """Aggregates over many lines."""

    per_status: dict[int, int] = field(default_factory=dict)
    per_path: dict[str, int] = field(default_factory=dict)
    total_bytes: int = 0
    unparsed: int = 0


def parse_line(line: str) -> Hit | None:
    """Parse one line; ``None`` when it is not a valid access-log line."""
    match = LOG_LINE.fullmatch(line.strip())
    if match is None:
        return None
    size, duration = match["size"], match["duration"]
    return Hit(
        ip=match["ip"],
        method=match["method"],
        path=match["path"],
        status=int(match["status"]),
        size=0 if size == "-" else int(size),
        duration=None if duration is None else float(duration),
    )


def normalise_path(path: str) -> str:
    """Replace numeric and UUID path segments with ``:id``."""
    return _ID_SEGMENT.sub("/:id", path)


def aggregate(lines: Iterable[str]) -> LogReport:
    """Count requests per status and per normalised path; skip blank lines."""
    report = LogReport()
    for line in lines:
        if not line.strip():
            continue
        hit = parse_line(line)
        if hit is None:
            report.unparsed += 1
            continue
        report.per_status[hit.status] = report.per_status.get(hit.status, 0) + 1
        key = f"{hit.method} {normalise_path(hit.path)}"
        report.per_path[key] = report.per_path.get(key, 0) + 1
        report.total_bytes += hit.size
    return report
