"""Keeps the buffer's text in one attribute and extends it with ``+=``.

Every ``write`` copies the whole text written so far (CPython's in-place trick only works
for local variables), so 300,000 lines never finish. The results are right: only the
visible tests catch it, by the ``+`` spy and by running out of time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

Row = tuple[str, int, int]

SEPARATOR = "-" * 36


class TextSink(Protocol):
    def write(self, text: str, /) -> int: ...


def money(cents: int) -> str:
    """Cents as units and two decimals: ``123405`` is ``"1234.05"``."""
    return f"{cents // 100}.{cents % 100:02d}"


def report_lines(rows: Iterable[Row]) -> Iterator[str]:
    """Every line of the report, each ending with a newline, reading ``rows`` lazily."""
    yield f"{'SKU':<16}{'QTY':>8}{'TOTAL':>12}\n"
    yield SEPARATOR + "\n"
    quantity_sum = cents_sum = 0
    for sku, quantity, unit_cents in rows:
        quantity_sum += quantity
        cents_sum += quantity * unit_cents
        yield f"{sku:<16}{quantity:>8}{money(quantity * unit_cents):>12}\n"
    yield SEPARATOR + "\n"
    yield f"{'TOTAL':<16}{quantity_sum:>8}{money(cents_sum):>12}\n"


def render_report(rows: Iterable[Row]) -> str:
    """The whole report as one string."""
    return "".join(report_lines(rows))


class ReportBuffer:
    def __init__(self) -> None:
        self._text = ""

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() needs a str, not {type(text).__name__}")
        self._text += text
        return len(text)

    def writeline(self, text: str = "") -> int:
        return self.write(text + "\n")

    def __len__(self) -> int:
        return len(self._text)

    def getvalue(self) -> str:
        return self._text


def write_report(rows: Iterable[Row], out: TextSink, *, batch_lines: int = 1000) -> int:
    """Write the report to ``out`` in ``out.write`` calls of ``batch_lines`` lines (the last
    one may have fewer); return the number of characters written."""
    if batch_lines < 1:
        raise ValueError(f"batch_lines must be at least 1, got {batch_lines}")
    written = 0
    batch: list[str] = []
    for line in report_lines(rows):
        batch.append(line)
        if len(batch) == batch_lines:
            written += _flush(batch, out)
    if batch:
        written += _flush(batch, out)
    return written


def _flush(batch: list[str], out: TextSink) -> int:
    """Write the batch's lines in one call, empty it, return the characters written."""
    text = "".join(batch)
    out.write(text)
    batch.clear()
    return len(text)
