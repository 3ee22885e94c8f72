"""The learner's terminal workflow: init, list, next, check, watch, hint, reset, solution.

The commands do their work in ``_workspace`` and ``_checking``.
"""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from pathlib import Path
from typing import Annotated, Literal

import typer

__all__ = ["LEVELS", "STATUSES", "register"]

STATUSES = Literal["pending", "attempted", "done"]
"""The values of ``pyhero.progress.Status`` (a test keeps them equal)."""
LEVELS = Literal["beginner", "intermediate", "advanced", "senior"]
"""The values of ``pyhero.curriculum.Level`` (a test keeps them equal)."""


def init(
    directory: Annotated[
        Path | None,
        typer.Argument(
            help="Where (default: the workspace you are in, else PYHERO_WORKSPACE_DIR)."
        ),
    ] = None,
) -> None:
    """Create or update your workspace; never overwrites your files."""
    from pyhero.cli._workspace import init_workspace

    init_workspace(directory)


def list_(
    ctx: typer.Context,
    section: Annotated[
        str | None,
        typer.Option(help="Only this section: its number, slug or title, as roadmap shows."),
    ] = None,
    status: Annotated[STATUSES | None, typer.Option(help="Only this status.")] = None,
    level: Annotated[LEVELS | None, typer.Option(help="Only this level.")] = None,
) -> None:
    """Every exercise in learning order with its topic, level, status and attempts."""
    from pyhero.cli._workspace import list_exercises

    list_exercises(ctx, section, status, level)


def next_() -> None:
    """The first exercise not done whose prerequisites are done: where and what to do."""
    from pyhero.cli._workspace import show_next

    show_next()


def check(
    exercise: Annotated[
        str | None, typer.Argument(help="Exercise slug or path (default: current directory).")
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Grade every exercise, in parallel.")] = False,
    workers: Annotated[int, typer.Option(min=0, help="Graders in parallel (0: all CPUs).")] = 0,
) -> None:
    """Grade an exercise (or all of them) and record the verdict; exit 1 unless it passes."""
    from pyhero.cli._checking import check_all, check_one

    if all_:
        check_all(workers)
    else:
        check_one(exercise)


def watch() -> None:
    """Grade each exercise as you save it; Ctrl-C to stop."""
    from pyhero.cli._checking import watch_workspace

    watch_workspace()


def hint(exercise: Annotated[str, typer.Argument(help="Exercise slug or path.")]) -> None:
    """Show the next hint of an exercise (each call one more); hints used are recorded."""
    from pyhero.cli._workspace import show_hint

    show_hint(exercise)


def reset(exercise: Annotated[str, typer.Argument(help="Exercise slug or path.")]) -> None:
    """Put the starter stub back, keeping a timestamped backup of your file."""
    from pyhero.cli._workspace import show_reset

    show_reset(exercise)


def solution(exercise: Annotated[str, typer.Argument(help="Exercise slug or path.")]) -> None:
    """Show the reference solution, once the grader has passed your own."""
    from pyhero.cli._workspace import show_solution

    show_solution(exercise)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.command("init")(init)
    app.command("list")(list_)
    app.command("next")(next_)
    app.command("check")(check)
    app.command("watch")(watch)
    app.command("hint")(hint)
    app.command("reset")(reset)
    app.command("solution")(solution)
