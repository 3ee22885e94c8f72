"""Builds the typer app: each command module registers its own commands.

Start-up stays fast because registering a command imports nothing heavy: a command module
imports only typer and the standard library at the top, and each command imports what it
works with (rich, the curriculum, the store, the grader...) in its body, from a private
``_module``. A new command is a function in such a module plus one line in its
``register``; a new module is one more name in :data:`COMMAND_MODULES`.

Command modules leave out ``from __future__ import annotations``: typer reads every
command's annotations on every start, and evaluating them from strings costs a tenth of
``pyhero --version``.
"""

import importlib

import typer

from pyhero import __version__
from pyhero.cli._typer import Typer

__all__ = ["COMMAND_MODULES", "app", "main"]

COMMAND_MODULES = (
    "curriculum",
    "serve",
    "workspace",
    "grade",
    "content",
    "content_check",
    "env",
    "links",
    "progress",
    "team",
    "worker",
    "review",
    "reading",
)
"""Modules of ``pyhero.cli`` whose ``register(app)`` adds their commands, in help order."""

app = Typer(
    name="pyhero",
    help="Learn Python backend and data engineering, from zero to senior.",
    no_args_is_help=True,
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
    pass


for _name in COMMAND_MODULES:
    importlib.import_module(f"pyhero.cli.{_name}").register(app)


def main() -> None:
    app()
