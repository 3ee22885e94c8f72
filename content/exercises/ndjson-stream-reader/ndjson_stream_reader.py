"""NDJSON reader and writer: implement the functions below."""

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TextIO


@dataclass(frozen=True)
class LineError:
    """One rejected line: 1-based number, reason, and the text without its newline."""

    line_number: int
    message: str
    raw: str


class NdjsonError(ValueError):
    """Raised on the first bad line when no error list is given."""

    def __init__(self, error: LineError) -> None:
        raise NotImplementedError


def write_ndjson(records: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write one compact JSON object per line; return how many were written."""
    raise NotImplementedError


def read_ndjson(
    lines: Iterable[str], errors: list[LineError] | None = None
) -> Iterator[dict[str, Any]]:
    """Lazily yield each object; bad lines raise, or are collected into `errors`."""
    raise NotImplementedError
