"""``pyhero content links``: check every resource URL of the curriculum and cache the health.

Heavy modules (the checker, httpx, rich's progress) load inside the command, never when the
CLI starts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from pyhero.cli.content import content_app

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from pyhero.links import LinkReport

__all__ = ["links", "register"]

_STYLE = {
    "ok": "green",
    "redirected": "cyan",
    "dead": "bold red",
    "known-dead": "red",
    "unknown": "yellow",
}


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
    import asyncio

    from rich.console import Console

    from pyhero.cli.curriculum import load_or_exit
    from pyhero.config import get_settings
    from pyhero.curriculum import UnknownTopicError
    from pyhero.links import CACHE_FILE_NAME, CheckOptions, LinkCache, check_links, link_targets

    cur = load_or_exit(path)
    err = Console(stderr=True)
    try:
        targets = link_targets(cur, section or (), topic or ())
    except UnknownTopicError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    except KeyError as exc:
        known = ", ".join(s.slug for s in cur.sections)
        err.print(f"[red]no section {exc.args[0]!r}; sections: {known}[/red]")
        raise typer.Exit(2) from None
    store = LinkCache.load(cache or get_settings().cache_dir / CACHE_FILE_NAME)
    options = CheckOptions(
        timeout=timeout,
        concurrency=concurrency,
        per_host=per_host,
        retries=retries,
        fresh_for=max_age * 3600,
        recheck_dead=recheck_dead,
    )
    with _Progress(err, len(targets)) as advance:
        reports = asyncio.run(check_links(targets, store, options, on_report=advance))
    store.save()
    if as_json:
        sys.stdout.write(json.dumps(_document(reports), indent=2) + "\n")
    else:
        out = Console()
        shown = [r for r in reports if show_all or r.status.value != "ok"]
        if shown:
            out.print(_table(shown))
        out.print(_summary(reports), soft_wrap=True)
    if any(r.status.value == "dead" for r in reports):
        raise typer.Exit(1)


class _Progress:
    """A rich progress bar on a terminal; elsewhere a plain line every tenth of the way."""

    def __init__(self, console: Console, total: int) -> None:
        self.console = console
        self.total = total
        self.done = 0

    def __enter__(self) -> Callable[[LinkReport], None]:
        if self.console.is_terminal:
            from rich.progress import Progress

            self.bar: Progress | None = Progress(console=self.console, transient=True)
            self.bar.start()
            task = self.bar.add_task("checking links", total=self.total)

            def tick(report: LinkReport) -> None:
                assert self.bar is not None
                self.bar.advance(task)

            return tick
        self.bar = None
        step = max(1, self.total // 10)

        def line(report: LinkReport) -> None:
            self.done += 1
            if self.done % step == 0 or self.done == self.total:
                self.console.print(f"checked {self.done}/{self.total} links", highlight=False)

        return line

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _table(reports: Sequence[LinkReport]) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table("status", "code", "link", "topics", "details", expand=False)
    for r in reports:
        details = Text(r.reason)
        if r.redirects:
            details.append("\n" + " -> ".join(f"{h.status}" for h in r.redirects), style="dim")
            if r.final_url:
                details.append(f" -> {r.final_url}", style="dim")
        if r.suggestion:
            details.append(f"\nuse instead: {r.suggestion}", style="bold")
        table.add_row(
            Text(r.status.value, style=_STYLE[r.status.value]),
            str(r.http_status or ""),
            Text(r.url, overflow="fold"),
            ", ".join(r.topics),
            details,
        )
    return table


def _summary(reports: Sequence[LinkReport]) -> str:
    counts = Counter(r.status.value for r in reports)
    parts = [f"{counts[s]} {s}" for s in _STYLE if counts[s]]
    cached = sum(r.cached for r in reports)
    tail = f" ({cached} answered from the cache)" if cached else ""
    return f"{len(reports)} links: {', '.join(parts) or 'none'}{tail}."


def _document(reports: Sequence[LinkReport]) -> dict[str, Any]:
    counts = Counter(r.status.value for r in reports)
    return {
        "summary": {status: counts[status] for status in _STYLE},
        "links": [
            {
                "url": r.url,
                "status": r.status.value,
                "http_status": r.http_status,
                "reason": r.reason,
                "redirects": [{"url": h.url, "status": h.status} for h in r.redirects],
                "final_url": r.final_url,
                "suggestion": r.suggestion,
                "topics": list(r.topics),
                "checked_at": r.checked_at.isoformat(),
                "attempts": r.attempts,
                "cached": r.cached,
            }
            for r in reports
        ],
    }


def register(app: typer.Typer) -> None:
    """Add ``links`` to the ``pyhero content`` group."""
    content_app.command("links")(links)
