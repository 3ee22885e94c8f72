"""``pyhero grade``: grade exercise directories as they stand, through one warm grader."""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["grade", "register"]


def grade(
    directories: Annotated[
        list[Path], typer.Argument(help="Exercise directories to grade as they stand.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the results as JSON (a list for several).")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Parallel gradings (all cores).")
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", help="Write results.json (Exercism v3) for each directory."),
    ] = None,
    isolation: Annotated[
        str | None,
        typer.Option(help="auto, bubblewrap or local (default: PYHERO_GRADER_ISOLATION)."),
    ] = None,
) -> None:
    """Grade exercise directories; exit 0 whatever the verdicts."""
    from pyhero.cli._grade import grade_directories

    grade_directories(
        directories, as_json=as_json, jobs=jobs, output_dir=output_dir, isolation=isolation
    )


def register(app: typer.Typer) -> None:
    """Attach ``grade`` to the root app."""
    app.command("grade")(grade)
