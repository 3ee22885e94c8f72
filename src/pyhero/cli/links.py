"""``pyhero content links``: check every resource URL of the curriculum and cache the health.

The work happens in :mod:`pyhero.cli._links`, imported when the command runs.
"""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from pathlib import Path
from typing import Annotated

import typer

from pyhero.cli.content import content_app

__all__ = ["links", "register"]


def links(
    path: Annotated[
        Path | None,
        typer.Argument(help="Content directory (holds curriculum/).", show_default=False),
    ] = None,
    section: Annotated[
        list[str] | None, typer.Option("--section", "-s", help="Only this section (repeatable).")
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", "-t", help="Only this topic (repeatable).")
    ] = None,
    timeout: Annotated[float, typer.Option(min=0.01, help="Seconds per request phase.")] = 10.0,
    concurrency: Annotated[int, typer.Option(min=1, help="Requests in flight at once.")] = 16,
    per_host: Annotated[int, typer.Option(min=1, help="Requests in flight per host.")] = 2,
    retries: Annotated[
        int, typer.Option(min=0, help="Extra attempts after timeouts, resets, 429 and 5xx.")
    ] = 2,
    max_age: Annotated[
        float,
        typer.Option(min=0, help="Reuse cached answers younger than this many hours (0: never)."),
    ] = 0.0,
    recheck_dead: Annotated[
        bool, typer.Option("--recheck-dead", help="Also fetch links the content marks dead.")
    ] = False,
    show_all: Annotated[
        bool, typer.Option("--all", help="List every link, not only those needing attention.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the reports as JSON.")] = False,
    cache: Annotated[
        Path | None,
        typer.Option(help="Cache file.", show_default="<PYHERO_CACHE_DIR>/links.json"),
    ] = None,
) -> None:
    """Check every resource URL; exit status 1 when a link is dead.

    Without network every link is "unknown", never "dead".

    Links the content marks dead are listed without being fetched.

    Answers and validators (ETag, Last-Modified) are cached: the next run is cheap.
    """
    from pyhero.cli._links import LinkRun, check_and_report

    check_and_report(
        LinkRun(
            path=path,
            section=section or (),
            topic=topic or (),
            timeout=timeout,
            concurrency=concurrency,
            per_host=per_host,
            retries=retries,
            max_age=max_age,
            recheck_dead=recheck_dead,
            show_all=show_all,
            as_json=as_json,
            cache=cache,
        )
    )


def register(app: typer.Typer) -> None:
    """Add ``links`` to the ``pyhero content`` group."""
    content_app.command("links")(links)
