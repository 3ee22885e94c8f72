"""``pyhero progress``: done per section and level, streak, time; export and import.

The commands do their work in ``_progress``.
"""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from pathlib import Path
from typing import Annotated, Literal

import typer

from pyhero.cli._typer import Typer

__all__ = ["progress_app", "register"]

progress_app = Typer(
    name="progress",
    help="Show your earned progress (done per section and level, streak, time); export, import.",
    no_args_is_help=False,
)


@progress_app.callback(invoke_without_command=True)
def show(ctx: typer.Context) -> None:
    """Done / total per section and per level, current streak and time spent."""
    if ctx.invoked_subcommand is not None:
        return
    from pyhero.cli._progress import show_progress

    show_progress()


@progress_app.command("export")
def export(
    fmt: Annotated[
        Literal["json", "csv"], typer.Option("--format", "-f", help="json or csv.")
    ] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
) -> None:
    """Export every attempt and hint of the current learner."""
    from pyhero.cli._progress import export_progress

    export_progress(fmt, output)


@progress_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="An export (JSON or CSV).")],
) -> None:
    """Import an export; idempotent, and passes are re-graded before they count."""
    from pyhero.cli._progress import import_progress

    import_progress(file)


def register(app: typer.Typer) -> None:
    """Attach ``pyhero progress`` (with ``export`` and ``import``) to the root app."""
    app.add_typer(progress_app)
