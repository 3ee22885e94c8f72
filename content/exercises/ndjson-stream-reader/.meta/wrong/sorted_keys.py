"""Writes records with ``sort_keys=True`` for "canonical" output.

The instructions keep each record's own key order. Most visible records have their keys in
sorted order already; one has ``z`` before ``a``.
"""

import json
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
        super().__init__(f"line {error.line_number}: {error.message}")
        self.error = error


def write_ndjson(records: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write one compact JSON object per line; return how many were written."""
    count = 0
    for record in records:
        if not isinstance(record, Mapping):
            raise TypeError(f"record {count + 1} is {type(record).__name__}, not a mapping")
        stream.write(
            json.dumps(dict(record), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        )
        stream.write("\n")
        count += 1
    return count


def _check(line_number: int, raw: str) -> dict[str, Any] | LineError:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        return LineError(line_number, f"invalid JSON: {exc.msg} (column {exc.colno})", raw)
    if not isinstance(value, dict):
        return LineError(line_number, f"expected a JSON object, got {type(value).__name__}", raw)
    return value


def read_ndjson(
    lines: Iterable[str], errors: list[LineError] | None = None
) -> Iterator[dict[str, Any]]:
    """Lazily yield each object; bad lines raise, or are collected into `errors`."""
    for line_number, line in enumerate(lines, start=1):
        raw = line.rstrip("\r\n")
        if not raw.strip():
            continue
        result = _check(line_number, raw)
        if isinstance(result, LineError):
            if errors is None:
                raise NdjsonError(result)
            errors.append(result)
            continue
        yield result
