"""Builds the typer app: each command group lives in its own module and registers itself."""

from __future__ import annotations

import typer

from pyhero import __version__
from pyhero.config import get_settings
from pyhero.log import configure_logging

__all__ = ["app", "main"]

app = typer.Typer(
    name="pyhero",
    help="Learn Python backend and data engineering, from zero to senior.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pyhero {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)


def _register_commands() -> None:
    # One import per command module; each module owns its commands.
    from pyhero.cli.content import register as register_content
    from pyhero.cli.content_check import register as register_content_check
    from pyhero.cli.curriculum import register as register_curriculum
    from pyhero.cli.grade import register as register_grade
    from pyhero.cli.links import register as register_links
    from pyhero.cli.progress import register as register_progress
    from pyhero.cli.serve import register as register_serve
    from pyhero.cli.team import register as register_team
    from pyhero.cli.worker import register as register_worker
    from pyhero.cli.workspace import register as register_workspace

    for register in (
        register_curriculum,
        register_content,
        register_content_check,
        register_links,
        register_serve,
        register_workspace,
        register_progress,
        register_grade,
        register_team,
        register_worker,
    ):
        register(app)


_register_commands()


def main() -> None:
    app()
