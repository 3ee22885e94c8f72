"""The curriculum a command works on, loaded once; its problems listed instead of a traceback."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import typer
from rich.console import Console
from rich.text import Text

from pyhero.config import get_settings
from pyhero.curriculum import ContentError, Curriculum, Problem, load_curriculum

__all__ = ["display_path", "load_or_exit", "print_problems"]


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def print_problems(console: Console, problems: Sequence[Problem]) -> None:
    """One line per problem, ``file: location: message``, then the count."""
    for problem in problems:
        console.print(
            Text.assemble(
                (display_path(problem.file), "bold"),
                ": ",
                (problem.location, "yellow"),
                ": ",
                problem.message,
            ),
            soft_wrap=True,
        )
    count = len(problems)
    console.print(Text(f"{count} problem{'s' if count != 1 else ''} found.", style="bold red"))


def load_or_exit(content_dir: Path | None = None) -> Curriculum:
    """Load the curriculum (default: ``Settings.content_dir``, through the cache); on
    problems print them, exit 1.  A ``content_dir`` given (an author's check) is read afresh."""
    if content_dir is None:
        settings = get_settings()
        directory, cache_dir = settings.content_dir, settings.cache_dir
    else:
        directory, cache_dir = content_dir, None
    try:
        return load_curriculum(directory, cache_dir=cache_dir)
    except ContentError as exc:
        err = Console(stderr=True)
        err.print(Text(f"The content in {directory} has problems:", style="bold red"))
        print_problems(err, exc.problems)
        raise typer.Exit(1) from None
