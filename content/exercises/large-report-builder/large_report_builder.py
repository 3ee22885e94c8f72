"""Building a large stock report without quadratic string copies: implement it below."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

Row = tuple[str, int, int]


class TextSink(Protocol):
    def write(self, text: str, /) -> int: ...


def render_report(rows: Iterable[Row]) -> str:
    """The whole report as one string."""
    raise NotImplementedError


class ReportBuffer:
    """Collects text; writing and ``len`` stay cheap however large the text grows."""

    def write(self, text: str) -> int:
        """Append ``text``; return how many characters it has."""
        raise NotImplementedError

    def writeline(self, text: str = "") -> int:
        """Append ``text`` and a newline; return how many characters that is."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def getvalue(self) -> str:
        """All the text written so far (writing may go on afterwards)."""
        raise NotImplementedError


def write_report(rows: Iterable[Row], out: TextSink, *, batch_lines: int = 1000) -> int:
    """Write the report to ``out`` in batches of ``batch_lines`` lines; return the number
    of characters written."""
    raise NotImplementedError
