"""``TextTable`` draws what rich's default ``Table`` draws for the same cells."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from pyhero.cli._table import Column, TextTable

COLUMNS = [Column("#", "right"), Column("exercise"), Column("status"), Column("tries", "right")]
ROWS: list[tuple[str | Text, ...]] = [
    ("1", "greet-by-name", Text("done", style="green"), "3"),
    ("2", Text.assemble("a-much-longer-exercise-name", ("\nits topic · level", "dim")), "", "0"),
    ("10", "vowel-count", Text("attempted", style="yellow"), "12"),
]


def on_terminal(renderable: Text | Table) -> list[list[tuple[str, Style]]]:
    """Each line as its visible characters with their styles (spaces carry none)."""
    console = Console(file=io.StringIO(), width=120, force_terminal=True, color_system="256")
    console.print(renderable, soft_wrap=isinstance(renderable, Text))
    out: str = console.file.getvalue()  # type: ignore[attr-defined]
    lines = [Text.from_ansi(line) for line in out.splitlines()]
    return [
        [
            (char, line.get_style_at_offset(console, index) if char != " " else Style())
            for index, char in enumerate(line.plain.rstrip())
        ]
        for line in lines
    ]


def test_it_draws_what_richs_table_draws() -> None:
    ours = TextTable("Exercises", COLUMNS)
    theirs = Table(title="Exercises")
    for column in COLUMNS:
        theirs.add_column(column.header, justify=column.justify, no_wrap=True)
    for row in ROWS:
        ours.add_row(*row)
        theirs.add_row(*row)
    drawn = on_terminal(ours.render(Console(width=120)))
    assert drawn == on_terminal(theirs)
    assert (
        "".join(char for char, _ in drawn[2])
        == "┃  # ┃ exercise                    ┃ status    ┃ tries ┃"
    )
    assert ours.width == max(len(line) for line in drawn)


def test_without_rows_it_is_the_header() -> None:
    drawn = on_terminal(TextTable("Nothing", COLUMNS).render(Console(width=120)))
    assert ["".join(char for char, _ in line) for line in drawn][-2:] == [
        "┡━━━╇━━━━━━━━━━╇━━━━━━━━╇━━━━━━━┩",
        "└───┴──────────┴────────┴───────┘",
    ]


def test_a_row_must_fill_every_column() -> None:
    with pytest.raises(ValueError, match="2 cells for 4 columns"):
        TextTable("t", COLUMNS).add_row("1", "x")
