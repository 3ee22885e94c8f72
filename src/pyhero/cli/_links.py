"""What ``pyhero content links`` does: check the resource URLs, cache, report."""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console

from pyhero.cli._loading import load_or_exit
from pyhero.config import get_settings
from pyhero.curriculum import UnknownTopicError
from pyhero.links import CACHE_FILE_NAME, CheckOptions, LinkCache, check_links, link_targets

if TYPE_CHECKING:
    from rich.table import Table

    from pyhero.links import LinkReport

__all__ = ["LinkRun", "check_and_report"]

_STYLE = {
    "ok": "green",
    "redirected": "cyan",
    "dead": "bold red",
    "known-dead": "red",
    "unknown": "yellow",
}


@dataclass(frozen=True)
class LinkRun:
    """The command's options, as typed on the command line."""

    path: Path | None
    section: Sequence[str]
    topic: Sequence[str]
    timeout: float
    concurrency: int
    per_host: int
    retries: int
    max_age: float
    recheck_dead: bool
    show_all: bool
    as_json: bool
    cache: Path | None


def check_and_report(run: LinkRun) -> None:
    """Check, save the cache, print the reports; exit status 1 when a link is dead."""
    cur = load_or_exit(run.path)
    err = Console(stderr=True)
    try:
        targets = link_targets(cur, run.section, run.topic)
    except UnknownTopicError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    except KeyError as exc:
        known = ", ".join(s.slug for s in cur.sections)
        err.print(f"[red]no section {exc.args[0]!r}; sections: {known}[/red]")
        raise typer.Exit(2) from None
    store = LinkCache.load(run.cache or get_settings().cache_dir / CACHE_FILE_NAME)
    options = CheckOptions(
        timeout=run.timeout,
        concurrency=run.concurrency,
        per_host=run.per_host,
        retries=run.retries,
        fresh_for=run.max_age * 3600,
        recheck_dead=run.recheck_dead,
    )
    with _Progress(err, len(targets)) as advance:
        reports = asyncio.run(check_links(targets, store, options, on_report=advance))
    store.save()
    if run.as_json:
        sys.stdout.write(json.dumps(_document(reports), indent=2) + "\n")
    else:
        out = Console()
        shown = [r for r in reports if run.show_all or r.status.value != "ok"]
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
