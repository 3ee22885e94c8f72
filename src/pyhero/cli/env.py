"""``pyhero env``: the exercise environments (list with status, sync, prune).

The work happens in :mod:`pyhero.cli._environments`, imported when a command runs.
"""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from typing import Annotated

import typer

from pyhero.cli._typer import Typer

__all__ = ["env_app", "register"]

env_app = Typer(help="Exercise environments: the libraries some exercises need.")


@env_app.callback(no_args_is_help=True)
def _env() -> None:
    """Exercise environments: the libraries some exercises need, built with uv."""


def list_() -> None:
    """Every environment of the content, whether it is built, and its packages."""
    from pyhero.cli._environments import show_environments

    show_environments()


def sync(
    names: Annotated[
        list[str] | None,
        typer.Argument(help="Environments to build (default: every one).", show_default=False),
    ] = None,
) -> None:
    """Build the environments not built yet (from their locks, with uv; offline once cached)."""
    from pyhero.cli._environments import sync_environments

    sync_environments(names or [])


def prune() -> None:
    """Remove builds of older locks from the cache."""
    from pyhero.cli._environments import prune_environments

    prune_environments()


def register(app: typer.Typer) -> None:
    """Attach ``pyhero env`` to the root app."""
    env_app.command("list")(list_)
    env_app.command("sync")(sync)
    env_app.command("prune")(prune)
    app.add_typer(env_app, name="env")
