"""``pyhero worker``: a Celery grading worker of the team server."""

from __future__ import annotations

import os
from typing import Annotated

import typer

__all__ = ["register", "worker"]


def worker(
    concurrency: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Submissions graded at once (default: PYHERO_GRADER_WORKERS, else one per "
            "CPU core).",
        ),
    ] = None,
) -> None:
    """Grade the team server's queued submissions (needs PostgreSQL, Redis, bubblewrap).

    Run one or more on any machines that share the server's content; each takes only the
    jobs of its own content version, and a job whose worker dies goes to another.
    """
    from rich.console import Console
    from rich.text import Text

    from pyhero.cli._loading import load_or_exit
    from pyhero.cli._team_checks import team_problems
    from pyhero.config import get_settings
    from pyhero.curriculum import content_version
    from pyhero.workers import grading_queue
    from pyhero.workers._run import run_worker

    settings = get_settings()
    problems = team_problems(settings)
    if problems:
        Console(stderr=True).print(
            Text.assemble(("Cannot start a grading worker: ", "bold red"), "it needs "),
            Text("; ".join(problems)),
            soft_wrap=True,
            sep="",
        )
        raise typer.Exit(1)
    load_or_exit(settings.content_dir)
    slots = concurrency or settings.grader_workers or os.cpu_count() or 1
    queue = grading_queue(content_version(settings.content_dir))
    Console().print(
        Text.assemble(
            "pyhero worker: grading ",
            (queue, "bold"),
            f", {slots} at a time, in bubblewrap — press Ctrl+C to stop.",
        )
    )
    run_worker(settings, slots, loglevel=settings.log_level.upper())


def register(app: typer.Typer) -> None:
    """Attach ``worker`` to the root app."""
    app.command("worker")(worker)
