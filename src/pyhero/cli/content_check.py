"""``pyhero content check``: prove every exercise through the real grader."""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from pathlib import Path
from typing import Annotated

import typer

from pyhero.cli.content import content_app

__all__ = ["check", "register"]


def check(
    path: Annotated[
        Path | None, typer.Argument(help="Content directory (holds curriculum/ and exercises/).")
    ] = None,
    exercise: Annotated[
        list[str] | None,
        typer.Option("--exercise", "-e", help="Check only these exercise slugs."),
    ] = None,
    mutants: Annotated[
        bool, typer.Option("--mutants/--no-mutants", help="Run the mutation analysis.")
    ] = True,
    mutant_sample: Annotated[
        int,
        typer.Option(
            help="Grade only this many mutants of each exercise, the same ones every run"
            " (0: all of them).",
            min=0,
        ),
    ] = 0,
    min_overall: Annotated[
        float, typer.Option(help="Lowest acceptable overall kill rate, in percent.")
    ] = 85.0,
    min_each: Annotated[
        float, typer.Option(help="Lowest acceptable kill rate of any one exercise, in percent.")
    ] = 60.0,
    jobs: Annotated[int, typer.Option(help="Parallel gradings (0: one per core).")] = 0,
    survivors: Annotated[
        bool, typer.Option("--survivors", help="List every mutant the tests let live.")
    ] = False,
) -> None:
    """Every exercise: metadata valid, stub fails, example passes, tests kill mutants."""
    from pyhero.cli._content import check_content

    check_content(
        path,
        exercise or [],
        mutants=mutants,
        mutant_sample=mutant_sample,
        min_overall=min_overall,
        min_each=min_each,
        jobs=jobs,
        survivors=survivors,
    )


def register(app: typer.Typer) -> None:
    """Add ``check`` to the ``pyhero content`` group."""
    content_app.command("check")(check)
