"""``pyhero content``: commands that check the content (``validate``; more may join)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pyhero.cli.curriculum import load_or_exit

__all__ = ["content_app", "register"]

content_app = typer.Typer(help="Check pyhero's content: curriculum and exercises.")


@content_app.callback(no_args_is_help=True)
def _content() -> None:
    """Check pyhero's content: curriculum and exercises."""


@content_app.command("validate")
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Content directory (holds curriculum/ and exercises/).",
            show_default="settings content_dir",
        ),
    ] = None,
) -> None:
    """Validate the curriculum and exercise configs; list every problem found."""
    cur = load_or_exit(path)
    stats = cur.stats()
    console = Console()
    console.print(
        Text(f"{cur.content_dir}: the content is valid.", style="bold green"), soft_wrap=True
    )
    table = Table("", "count", box=None, pad_edge=False)
    for name, value in (
        ("sections", stats.sections),
        ("topics", stats.topics),
        ("resources", stats.resources),
        ("distinct URLs", stats.distinct_urls),
        ("prerequisite edges", stats.edges),
        ("exercises", stats.exercises),
    ):
        table.add_row(name, str(value))
    console.print(table)


def register(app: typer.Typer) -> None:
    """Attach ``pyhero content ...`` to the root app."""
    app.add_typer(content_app, name="content")
