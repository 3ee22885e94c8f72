"""Starting the web app: checks that fail early with a message, then uvicorn, announced
once its port accepts connections."""

from __future__ import annotations

import contextlib
import socket
import threading
import webbrowser
from collections.abc import Callable

import typer
import uvicorn
from rich.console import Console
from rich.text import Text

from pyhero.cli._loading import load_or_exit
from pyhero.cli._ports import port_problem
from pyhero.config import get_settings
from pyhero.progress import StoreError, open_store
from pyhero.web import create_app
from pyhero.workspace import locate_workspace

__all__ = ["run_server"]


class _Server(uvicorn.Server):
    """uvicorn's server, calling ``on_ready`` once it listens (after the app's start-up)."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._on_ready()


def run_server(
    host: str | None, port: int | None, *, open_browser: bool, team: bool = False
) -> None:
    settings = get_settings()
    host = host or settings.host
    port = port or settings.port
    if team or settings.team:
        from pyhero.cli.serve_team import serve_team

        serve_team(settings.model_copy(update={"host": host, "port": port, "team": True}))
        return
    # The same workspace as every other command: the configured one, else the one around.
    workspace = locate_workspace(settings.workspace_dir)
    settings = settings.model_copy(update={"host": host, "port": port, "workspace_dir": workspace})
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

    def ready() -> None:
        Console().print(
            Text.assemble("pyhero is serving on ", (url, "bold"), " — press Ctrl+C to stop.")
        )
        if open_browser:
            threading.Thread(target=webbrowser.open, args=[url], daemon=True).start()

    config = uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        log_level=settings.log_level,
        access_log=settings.log_level == "debug",
    )
    server = _Server(config, on_ready=ready)
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    if not server.started:  # uvicorn has logged why (the app's start-up failed)
        raise typer.Exit(1)
