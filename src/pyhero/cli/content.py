"""``pyhero content``: commands that check the content (``validate``; more may join)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pyhero.cli.curriculum import display_path, load_or_exit
from pyhero.curriculum import REVIEW_MAX_AGE, Curriculum, ReviewNotice, review_notices

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
    review_max_age: Annotated[
        int,
        typer.Option(min=1, help="Warn about topic pages not reviewed for this many days."),
    ] = REVIEW_MAX_AGE.days,
) -> None:
    """Validate the curriculum and exercise configs; list every problem found.

    Also checks review dates: a page due for a review (or never reviewed) is a warning, a
    review date in the future an error. Exit status 1 on any error.
    """
    cur = load_or_exit(path)
    today = date.today()
    notices = review_notices(cur.topics.values(), today, timedelta(days=review_max_age))
    errors = [n for n in notices if n.severity == "error"]
    console = Console()
    if errors:
        console.print(
            Text(f"{cur.content_dir}: the content has problems.", style="bold red"),
            soft_wrap=True,
        )
    else:
        console.print(
            Text(f"{cur.content_dir}: the content is valid.", style="bold green"), soft_wrap=True
        )
    console.print(_stats_table(cur, today, review_max_age))
    _print_notices(console, notices)
    if errors:
        raise typer.Exit(1)


def _stats_table(cur: Curriculum, today: date, max_age_days: int) -> Table:
    stats = cur.stats()
    fresh = sum(
        1
        for t in cur.topics.values()
        if t.reviewed is not None and 0 <= (today - t.reviewed).days <= max_age_days
    )
    table = Table("", "count", box=None, pad_edge=False)
    for name, value in (
        ("sections", stats.sections),
        ("topics", stats.topics),
        ("resources", stats.resources),
        ("distinct URLs", stats.distinct_urls),
        ("prerequisite edges", stats.edges),
        ("exercises", stats.exercises),
        (f"topics reviewed in the last {max_age_days} days", fresh),
    ):
        table.add_row(name, str(value))
    return table


def _print_notices(console: Console, notices: list[ReviewNotice]) -> None:
    """One line per notice, ``file: location: severity: message``, then the counts."""
    for notice in notices:
        style = "bold red" if notice.severity == "error" else "yellow"
        console.print(
            Text.assemble(
                (display_path(notice.topic.file), "bold"),
                ": ",
                (notice.location, "yellow"),
                ": ",
                (notice.severity, style),
                ": ",
                notice.message,
            ),
            soft_wrap=True,
        )
    warnings = sum(n.severity == "warning" for n in notices)
    errors = len(notices) - warnings
    if notices:
        console.print(
            Text(
                f"{errors} error{'s' if errors != 1 else ''}, "
                f"{warnings} warning{'s' if warnings != 1 else ''} about review dates.",
                style="bold red" if errors else "yellow",
            )
        )


def register(app: typer.Typer) -> None:
    """Attach ``pyhero content ...`` to the root app."""
    app.add_typer(content_app, name="content")
