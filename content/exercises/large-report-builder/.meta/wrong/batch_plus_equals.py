"""WRONG: write_report builds each batch text with text += line (breaks the stated no-+= rule; each
batch is up to batch_lines lines).

Written blind (from the instructions only). Caught by the visible tests (the + spy on
write_report).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

Row = tuple[str, int, int]

SEPARATOR = "-" * 36 + "\n"


class TextSink(Protocol):
    def write(self, text: str, /) -> int: ...


def _money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _report_lines(rows: Iterable[Row]) -> Iterator[str]:
    yield f"{'SKU':<16}{'QTY':>8}{'TOTAL':>12}\n"
    yield SEPARATOR
    total_quantity = 0
    total_cents = 0
    for sku, quantity, unit_cents in rows:
        cents = quantity * unit_cents
        total_quantity += quantity
        total_cents += cents
        yield f"{sku:<16}{quantity:>8}{_money(cents):>12}\n"
    yield SEPARATOR
    yield f"{'TOTAL':<16}{total_quantity:>8}{_money(total_cents):>12}\n"


def render_report(rows: Iterable[Row]) -> str:
    """The whole report as one string."""
    return "".join(_report_lines(rows))


class ReportBuffer:
    """Collects text; writing and ``len`` stay cheap however large the text grows."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0

    def write(self, text: str) -> int:
        """Append ``text``; return how many characters it has."""
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._parts.append(text)
        self._length += len(text)
        return len(text)

    def writeline(self, text: str = "") -> int:
        """Append ``text`` and a newline; return how many characters that is."""
        if not isinstance(text, str):
            raise TypeError(f"writeline() argument must be str, not {type(text).__name__}")
        return self.write(text + "\n")

    def __len__(self) -> int:
        return self._length

    def getvalue(self) -> str:
        """All the text written so far (writing may go on afterwards)."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""


def write_report(rows: Iterable[Row], out: TextSink, *, batch_lines: int = 1000) -> int:
    """Write the report to ``out`` in batches of ``batch_lines`` lines; return the number
    of characters written."""
    if batch_lines < 1:
        raise ValueError(f"batch_lines must be at least 1, got {batch_lines}")
    written = 0
    text = ""
    count = 0
    for line in _report_lines(rows):
        text += line
        count += 1
        if count == batch_lines:
            out.write(text)
            written += len(text)
            text = ""
            count = 0
    if count:
        out.write(text)
        written += len(text)
    return written
