"""Parse access-log lines with named groups and aggregate them."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

LOG_LINE: re.Pattern[str] = re.compile(r"write me")


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
    raise NotImplementedError("parse_line")


def normalise_path(path: str) -> str:
    """Replace numeric and UUID path segments with ``:id``."""
    raise NotImplementedError("normalise_path")


def aggregate(lines: Iterable[str]) -> LogReport:
    """Count requests per status and per normalised path; skip blank lines."""
    raise NotImplementedError("aggregate")
