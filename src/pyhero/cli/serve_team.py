"""``pyhero serve --team`` (or ``PYHERO_TEAM=1``): the team server on uvicorn."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from pyhero.config import Settings

__all__ = ["serve_team"]


def serve_team(settings: Settings) -> None:
    """Check what team mode needs (one line naming whatever is missing), migrate, serve."""
    import typer
    import uvicorn

    from pyhero.cli._loading import load_or_exit
    from pyhero.cli._ports import port_problem
    from pyhero.cli._team_checks import team_problems
    from pyhero.progress import StoreError, open_store
    from pyhero.team import create_app

    err = Console(stderr=True)
    problems = team_problems(settings)
    if problems:
        err.print(
            Text.assemble(("Cannot start the team server: ", "bold red"), "it needs "),
            Text("; ".join(problems)),
            soft_wrap=True,
            sep="",
        )
        raise typer.Exit(1)
    load_or_exit(settings.content_dir)
    try:
        open_store(settings.database_url).close()  # migrations run here, once
    except StoreError as exc:
        err.print(Text(exc.message, style="bold red"), soft_wrap=True)
        err.print(exc.way_out, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    problem = port_problem(settings.host, settings.port)
    if problem is not None:
        err.print(
            Text.assemble(("Cannot start the team server: ", "bold red"), problem), soft_wrap=True
        )
        raise typer.Exit(1)
    from pyhero.team.accounts import base_url

    Console().print(
        Text.assemble(
            "pyhero team server on ",
            (base_url(settings) + "/", "bold"),
            " — press Ctrl+C to stop. First time? Create an admin: pyhero team create-admin",
        )
    )
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        access_log=settings.log_level == "debug",
        proxy_headers=False,  # pyhero.team believes X-Forwarded-* from PYHERO_TRUSTED_PROXIES
        server_header=False,
    )
