"""Tables of short cells that never wrap, drawn as rich draws its default table, in one Text.

rich's ``Table`` sends every cell through its layout engine (measure, wrap, render), which
for the 55 rows of ``pyhero list`` costs more than loading the curriculum and the progress
together. Cells that are a line or two of short text need none of it: the column widths are
the longest line of each column, and the whole table is one ``Text`` to print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

__all__ = ["Column", "TextTable"]

Cell = str | Text


@dataclass(frozen=True)
class Column:
    header: str
    justify: Literal["left", "right"] = "left"


def _lines(cell: Cell) -> list[Text]:
    text = Text(cell) if isinstance(cell, str) else cell
    return list(text.split("\n")) if "\n" in text.plain else [text]


class TextTable:
    """A titled table with a header row, in rich's default look (``box.HEAVY_HEAD``)."""

    def __init__(self, title: str, columns: Sequence[Column]) -> None:
        self.title = title
        self.columns = columns
        self.rows: list[list[list[Text]]] = []

    def add_row(self, *cells: Cell) -> None:
        if len(cells) != len(self.columns):
            raise ValueError(f"{len(cells)} cells for {len(self.columns)} columns")
        self.rows.append([_lines(cell) for cell in cells])

    def _widths(self) -> list[int]:
        return [
            max([len(column.header)] + [line.cell_len for row in self.rows for line in row[index]])
            for index, column in enumerate(self.columns)
        ]

    @property
    def width(self) -> int:
        """Columns, one space of padding on each side of every cell, and the borders."""
        return sum(self._widths()) + 3 * len(self.columns) + 1

    def render(self, console: Console) -> Text:
        widths = self._widths()
        edges = box.HEAVY_HEAD.substitute(console.options)
        padded = [width + 2 for width in widths]
        out = Text()
        indent = " " * ((self.width - cell_len(self.title)) // 2)
        out.append(indent)
        out.append(self.title + "\n", style="table.title")
        out.append(edges.get_top(padded) + "\n")
        header = [[Text(column.header, style="table.header")] for column in self.columns]
        head = (edges.head_left, edges.head_vertical, edges.head_right)
        self._append_row(out, header, widths, head)
        out.append(edges.get_row(padded, level="head") + "\n")
        for row in self.rows:
            self._append_row(
                out, row, widths, (edges.mid_left, edges.mid_vertical, edges.mid_right)
            )
        out.append(edges.get_bottom(padded))
        return out

    def _append_row(
        self, out: Text, cells: list[list[Text]], widths: list[int], bars: tuple[str, str, str]
    ) -> None:
        """Every line of one row, each cell padded to its column's width."""
        left, vertical, right = bars
        for number in range(max(len(lines) for lines in cells)):
            for index, (lines, width) in enumerate(zip(cells, widths, strict=True)):
                line = lines[number] if number < len(lines) else Text()
                gap = " " * (width - line.cell_len)
                flush_right = self.columns[index].justify == "right"
                out.append(vertical if index else left)
                out.append(" " + (gap if flush_right else ""))
                out.append_text(line)
                out.append(("" if flush_right else gap) + " ")
            out.append(right + "\n")
