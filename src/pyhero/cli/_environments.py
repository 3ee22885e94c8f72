"""What ``pyhero env`` does, and the preparation ``init`` and ``content check`` share."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from pyhero.cli._session import fail
from pyhero.config import get_settings
from pyhero.curriculum import Exercise
from pyhero.environments import Environments, EnvironmentsError

__all__ = [
    "needed_environments",
    "prepare_environments",
    "prune_environments",
    "show_environments",
    "sync_environments",
]


def _configured() -> Environments:
    return Environments.from_settings()


def prepare_environments(
    environments: Environments, names: Iterable[str], console: Console, *, required: bool = True
) -> None:
    """Build the environments among ``names`` not built yet, behind a progress bar.

    A build that fails ends the command with uv's message; unless ``required``, it is a
    warning instead (the exercises needing it say how to build it when they are graded).
    """
    try:
        _prepare(environments, list(dict.fromkeys(names)), console)
    except EnvironmentsError as exc:
        if required:
            fail(f"Exercise environments: {exc}")
        console.print(Text(f"warning: exercise environments: {exc}", style="yellow"))
        console.print("Build them later with: pyhero env sync", markup=False)


def _prepare(environments: Environments, wanted: list[str], console: Console) -> None:
    missing = [name for name in wanted if environments.find(name) is None]
    if not missing:
        return
    columns = (
        TextColumn("[bold]environments[/bold] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=not console.is_terminal) as bar:
        task = bar.add_task("", total=len(missing))
        for name in missing:
            bar.update(task, description=f"building {name}")
            environments.sync([name])
            bar.advance(task)
        bar.update(task, description="ready")
    if not console.is_terminal:
        console.print(f"built environments: {', '.join(missing)}", markup=False)


def needed_environments(exercises: Iterable[Exercise]) -> list[str]:
    """The environments these exercises are graded in, in order of first need."""
    names = (exercise.spec.pyhero.environment for exercise in exercises)
    return list(dict.fromkeys(name for name in names if name is not None))


def show_environments() -> None:
    environments = _configured()
    try:
        statuses = environments.status()
    except EnvironmentsError as exc:
        fail(f"Exercise environments: {exc}")
    console = Console()
    if not statuses:
        console.print(f"{environments.content_dir} defines no exercise environment.")
        return
    table = Table("environment", "status", "packages", "build")
    for status in statuses:
        environment = status.environment
        packages = ", ".join(
            f"{name} {version}"
            for name, version in environment.packages
            if name in environment.requirements
        )
        table.add_row(
            environment.name,
            Text("built", style="green") if status.ready else Text("not built", style="yellow"),
            packages,
            str(status.location) if status.ready else "",
        )
    console.print(table)
    if not all(status.ready for status in statuses):
        console.print("Build them with: pyhero env sync", markup=False)


def sync_environments(names: list[str]) -> None:
    environments = _configured()
    chosen = names or environments.names()
    known = environments.names()
    unknown = [name for name in chosen if name not in known]
    if unknown:
        fail(
            f"Unknown environment(s): {', '.join(unknown)}.",
            f"Defined in {environments.content_dir / 'environments'}: {', '.join(known) or 'none'}",
        )
    console = Console()
    prepare_environments(environments, chosen, console)
    console.print(f"{len(chosen)} environment(s) ready in {environments.cache_root}", markup=False)


def prune_environments() -> None:
    settings = get_settings()
    removed = Environments(settings.content_dir, settings.cache_dir).prune()
    Console().print(f"{len(removed)} old build(s) removed.", markup=False)
