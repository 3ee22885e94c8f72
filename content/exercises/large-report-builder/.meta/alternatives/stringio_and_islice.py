"""``io.StringIO`` as the buffer, and batches cut from the line generator with
``itertools.islice``."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol

Row = tuple[str, int, int]


class TextSink(Protocol):
    def write(self, text: str, /) -> int: ...


def _money(cents: int) -> str:
    units, rest = divmod(cents, 100)
    return f"{units}.{rest:02d}"


def _lines(rows: Iterable[Row]) -> Iterator[str]:
    rule = "-" * 36 + "\n"
    yield "SKU".ljust(16) + "QTY".rjust(8) + "TOTAL".rjust(12) + "\n"
    yield rule
    count = cents = 0
    for sku, quantity, unit_cents in rows:
        count, cents = count + quantity, cents + quantity * unit_cents
        yield (
            sku.ljust(16) + str(quantity).rjust(8) + _money(quantity * unit_cents).rjust(12) + "\n"
        )
    yield rule
    yield "TOTAL".ljust(16) + str(count).rjust(8) + _money(cents).rjust(12) + "\n"


def render_report(rows: Iterable[Row]) -> str:
    out = io.StringIO()
    out.writelines(_lines(rows))
    return out.getvalue()


class ReportBuffer:
    def __init__(self) -> None:
        self._io = io.StringIO()
        self._size = 0

    def write(self, text: str) -> int:
        count = self._io.write(text)
        self._size += count
        return count

    def writeline(self, text: str = "") -> int:
        return self.write(text) + self.write("\n")

    def __len__(self) -> int:
        return self._size

    def getvalue(self) -> str:
        return self._io.getvalue()


def write_report(rows: Iterable[Row], out: TextSink, *, batch_lines: int = 1000) -> int:
    if batch_lines < 1:
        raise ValueError("batch_lines must be 1 or more")
    lines = _lines(rows)
    total = 0
    while batch := list(islice(lines, batch_lines)):
        text = "".join(batch)
        out.write(text)
        total += len(text)
    return total
