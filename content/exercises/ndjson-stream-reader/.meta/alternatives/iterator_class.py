"""A different route: the reader is a hand-written iterator class (``__next__`` pulls one
line at a time), line endings are removed with ``removesuffix``, and the writer hands
``writelines`` a generator of finished lines."""

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
        self.error = error
        super().__init__("line %d: %s" % (error.line_number, error.message))  # noqa: UP031


def write_ndjson(records: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write one compact JSON object per line; return how many were written."""
    written = [0]

    def lines() -> Iterator[str]:
        for position, record in enumerate(records, start=1):
            if not isinstance(record, Mapping):
                raise TypeError(f"record {position}: expected a mapping")
            written[0] = position
            encoded = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
            yield encoded.encode({key: record[key] for key in record}) + "\n"

    stream.writelines(lines())
    return written[0]


class _Reader(Iterator[dict[str, Any]]):
    def __init__(self, lines: Iterable[str], errors: list[LineError] | None) -> None:
        self._lines = iter(lines)
        self._errors = errors
        self._number = 0

    def __next__(self) -> dict[str, Any]:
        while True:
            line = next(self._lines)
            self._number += 1
            raw = line.removesuffix("\n").removesuffix("\r") if line.endswith("\n") else line
            if raw.isspace() or raw == "":
                continue
            error = self._problem(raw)
            if isinstance(error, dict):
                return error
            if self._errors is None:
                raise NdjsonError(error)
            self._errors.append(error)

    def _problem(self, raw: str) -> dict[str, Any] | LineError:
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            reason = f"invalid JSON: {exc.msg} (column {exc.colno})"
        else:
            if type(value) is dict:
                return value
            reason = "expected a JSON object, got " + type(value).__name__
        return LineError(self._number, reason, raw)


def read_ndjson(
    lines: Iterable[str], errors: list[LineError] | None = None
) -> Iterator[dict[str, Any]]:
    """Lazily yield each object; bad lines raise, or are collected into `errors`."""
    return _Reader(lines, errors)
