"""The learner's terminal workflow: init, list, next, check, watch, hint, reset, solution."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from pyhero.cli._checking import check, render_outcome, watch
from pyhero.cli._session import LearnerSession, fail, learner_session, shown, slug_of
from pyhero.cli.curriculum import load_or_exit
from pyhero.config import get_settings
from pyhero.progress import Status, StoreError, open_store
from pyhero.workspace import Workspace, WorkspaceError, next_exercise

__all__ = [
    "LearnerSession",
    "fail",
    "learner_session",
    "register",
    "render_outcome",
]

STATUS_STYLE = {Status.DONE: "green", Status.ATTEMPTED: "yellow", Status.PENDING: "dim"}


def init(
    directory: Annotated[
        Path | None, typer.Argument(help="Where (default: PYHERO_WORKSPACE_DIR).")
    ] = None,
) -> None:
    """Create or update your workspace; never overwrites your files."""
    settings = get_settings()
    root = directory or settings.workspace_dir
    curriculum = load_or_exit(settings.content_dir)
    workspace = Workspace(root, curriculum)
    try:
        report = workspace.init()
        with open_store(settings.database_url) as store:
            store.ensure_learner(settings.learner)
    except WorkspaceError as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(exc.message, exc.way_out, code=2)
    except OSError as exc:
        fail(f"Cannot write the workspace at {workspace.root}: {exc}")
    console = Console()
    console.print(
        f"Workspace {shown(workspace.root)}: {len(report.added)} exercise(s) added, "
        f"{len(report.kept)} already there (your files untouched).",
        markup=False,
        soft_wrap=True,
    )
    for path in report.restored_files:
        console.print(f"  restored missing {shown(path)}", markup=False)
    for slug, reason in report.skipped.items():
        console.print(Text(f"  skipped {slug}: {reason}", style="yellow"), soft_wrap=True)
    console.print("Next: pyhero next", markup=False)


def list_(
    section: Annotated[str | None, typer.Option(help="Only this section (slug).")] = None,
    status: Annotated[Status | None, typer.Option(help="Only this status.")] = None,
    level: Annotated[str | None, typer.Option(help="Only this level.")] = None,
) -> None:
    """Every exercise in learning order with its topic, level, status and attempts."""
    with learner_session(need_workspace=False) as session:
        cur = session.curriculum
        progress = session.store.progress(session.learner)
        table = Table(title="Exercises", show_lines=False)
        for column in ("#", "exercise", "topic", "level", "diff", "status", "tries", "hints"):
            table.add_column(
                column,
                justify="right" if column in {"#", "diff", "tries", "hints"} else "left",
                no_wrap=column in {"exercise", "status"},
            )
        for number, exercise in enumerate(cur.exercise_order(), start=1):
            topic = cur.topics[exercise.topic]
            item = progress.get(exercise.slug)
            state = item.status if item else Status.PENDING
            if section not in (None, topic.section) or status not in (None, state):
                continue
            if level not in (None, topic.level.value):
                continue
            table.add_row(
                str(number),
                exercise.slug,
                topic.slug,
                topic.level.value,
                str(exercise.difficulty),
                Text(state.value, style=STATUS_STYLE[state]),
                str(item.attempts if item else 0),
                str(item.hints_used if item else 0),
            )
        Console().print(table)


def next_() -> None:
    """The first exercise not done whose prerequisites are done: where and what to do."""
    with learner_session() as session:
        upcoming = next_exercise(session.curriculum, session.statuses())
        console = Console()
        if upcoming is None:
            console.print("Every exercise is done. Well earned!", style="bold green")
            return
        where = session.workspace.exercise_dir(upcoming.slug)
        console.print(Text(f"{upcoming.title} ({upcoming.slug})", style="bold"))
        console.print(f"Path: {shown(where)}", markup=False, soft_wrap=True)
        for name in upcoming.spec.solution_files:
            console.print(f"Edit: {shown(where / name)}", markup=False, soft_wrap=True)
        console.print()
        console.print(Markdown(upcoming.spec.instructions()))


def hint(exercise: Annotated[str, typer.Argument(help="Exercise slug or path.")]) -> None:
    """Show the next hint of an exercise (each call one more); hints used are recorded."""
    with learner_session(need_workspace=False) as session:
        slug = slug_of(session, exercise)
        hints = session.workspace.exercise(slug).spec.hints()
        console = Console()
        if not hints:
            console.print(f"{slug} has no hints.", markup=False)
            return
        number = session.store.use_hint(session.learner, slug, len(hints))
        console.print(Text(f"Hint {number}/{len(hints)} for {slug}", style="bold"))
        console.print(Markdown(hints[number - 1]))
        if number == len(hints):
            console.print("That is the last hint.", style="dim")


def reset(exercise: Annotated[str, typer.Argument(help="Exercise slug or path.")]) -> None:
    """Put the starter stub back, keeping a timestamped backup of your file."""
    with learner_session() as session:
        slug = slug_of(session, exercise)
        backups = session.workspace.reset(slug)
        console = Console()
        console.print(f"{slug}: the stub is back.", markup=False)
        for backup in backups:
            console.print(f"  your version is saved as {shown(backup)}", markup=False)


def solution(exercise: Annotated[str, typer.Argument(help="Exercise slug or path.")]) -> None:
    """Show the reference solution, once the grader has passed your own."""
    with learner_session(need_workspace=False) as session:
        slug = slug_of(session, exercise)
        if session.statuses().get(slug) is not Status.DONE:
            fail(
                f"The reference solution of {slug} unlocks once your own passes.",
                f"Keep going: pyhero check {slug}; stuck? pyhero hint {slug}",
            )
        console = Console()
        for name, text in session.workspace.reference_solution(slug).items():
            console.print(Text(name, style="bold"))
            console.print(Syntax(text, "python", line_numbers=False))


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.command("init")(init)
    app.command("list")(list_)
    app.command("next")(next_)
    app.command("check")(check)
    app.command("watch")(watch)
    app.command("hint")(hint)
    app.command("reset")(reset)
    app.command("solution")(solution)
