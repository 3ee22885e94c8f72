"""``pyhero serve``: the web app on uvicorn (started by ``_serve``)."""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from typing import Annotated

import typer

__all__ = ["register", "serve"]


def serve(
    host: Annotated[
        str | None,
        typer.Option(help="Interface to listen on (default: PYHERO_HOST, else 127.0.0.1)."),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(min=1, max=65535, help="Port (default: PYHERO_PORT, else 8000)."),
    ] = None,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the roadmap in a web browser.")
    ] = False,
    team: Annotated[
        bool,
        typer.Option(
            "--team",
            help="Serve the team server (accounts, cohorts, Celery grading): needs "
            "PostgreSQL, Redis and bubblewrap. Also PYHERO_TEAM=1.",
        ),
    ] = False,
) -> None:
    """Run the web app: roadmap, topics, exercises with an editor, progress."""
    from pyhero.cli._serve import run_server

    run_server(host, port, open_browser=open_browser, team=team)


def register(app: typer.Typer) -> None:
    """Attach ``serve`` to the root app."""
    app.command("serve")(serve)
