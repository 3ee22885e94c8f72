"""``pyhero serve``: the web app on uvicorn."""

from __future__ import annotations

import errno
import socket
import threading
import webbrowser
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from pyhero.config import get_settings

__all__ = ["port_problem", "register", "serve"]


def port_problem(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on, or None when it can."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return f"cannot resolve host {host!r}: {exc.strerror}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return f"port {port} on {host} is already in use (try --port {port + 1})"
            return f"cannot listen on {host}:{port}: {exc.strerror}"
    return None


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
    settings = get_settings()
    host = host or settings.host
    port = port or settings.port
    settings = settings.model_copy(update={"host": host, "port": port})
    if team or settings.team:
        from pyhero.cli.serve_team import serve_team

        serve_team(settings.model_copy(update={"team": True}))
        return
    import uvicorn

    from pyhero.cli.curriculum import load_or_exit
    from pyhero.progress import StoreError, open_store
    from pyhero.web import create_app

    err = Console(stderr=True)
    load_or_exit(settings.content_dir)
    try:
        open_store(settings.database_url).close()
    except StoreError as exc:
        err.print(Text(exc.message, style="bold red"), soft_wrap=True)
        err.print(exc.way_out, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    problem = port_problem(host, port)
    if problem is not None:
        err.print(
            Text.assemble(("Cannot start the web app: ", "bold red"), problem), soft_wrap=True
        )
        raise typer.Exit(1)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    Console().print(
        Text.assemble("pyhero is serving on ", (url, "bold"), " — press Ctrl+C to stop.")
    )
    if open_browser:
        threading.Timer(1.5, webbrowser.open, args=[url]).start()
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level=settings.log_level,
        access_log=settings.log_level == "debug",
    )


def register(app: typer.Typer) -> None:
    """Attach ``serve`` to the root app."""
    app.command("serve")(serve)
