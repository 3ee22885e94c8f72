"""What the workspace commands do: init, list, next, hint, reset, solution."""

from __future__ import annotations

import shlex
from pathlib import Path

import typer
from rich.console import Console
from rich.text import Text

from pyhero.cli._loading import load_or_exit
from pyhero.cli._session import fail, learner_session, learner_view, shown, slug_of
from pyhero.cli._table import Column, TextTable
from pyhero.config import get_settings
from pyhero.curriculum import Curriculum, Exercise
from pyhero.progress import ExerciseProgress, Status, StoreError, open_store
from pyhero.workspace import (
    Workspace,
    WorkspaceError,
    find_workspace,
    locate_workspace,
    next_exercise,
)

__all__ = [
    "init_workspace",
    "list_exercises",
    "section_slug",
    "show_hint",
    "show_next",
    "show_reset",
    "show_solution",
]

STATUS_STYLE = {Status.DONE: "green", Status.ATTEMPTED: "yellow", Status.PENDING: "dim"}


def _init_root(directory: Path | None, configured: Path) -> Path:
    """Where ``pyhero init`` works: without a directory, the workspace every command uses
    (so that inside a workspace it updates that one); a directory inside a workspace that is
    not its root is refused, since a nested copy would be graded instead of the learner's."""
    if directory is None:
        return locate_workspace(configured)
    enclosing = find_workspace(directory)
    if enclosing is not None and enclosing != directory.resolve():
        where = str(enclosing)
        fail(
            f"{directory} is inside the workspace {where}: a second workspace there would "
            "copy every exercise again, and pyhero would grade the copies.",
            f"To add new exercises to that workspace, run: pyhero init {shlex.quote(where)}",
        )
    return directory


def init_workspace(directory: Path | None) -> None:
    from pyhero.cli._environments import needed_environments, prepare_environments
    from pyhero.environments import Environments

    settings = get_settings()
    curriculum = load_or_exit()
    workspace = Workspace(_init_root(directory, settings.workspace_dir), curriculum)
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
    prepare_environments(
        Environments.from_settings(curriculum.content_dir),
        needed_environments(curriculum.exercises.values()),
        console,
        required=False,
    )
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
    console.print("Next:", markup=False)
    if not Path.cwd().resolve().is_relative_to(workspace.root):
        console.print(f"  cd {shlex.quote(shown(workspace.root))}", markup=False, soft_wrap=True)
    console.print("  pyhero next", markup=False)


def section_slug(curriculum: Curriculum, wanted: str, ctx: typer.Context) -> str:
    """The section named by its slug, title, number or workspace directory (any case)."""
    key = wanted.strip().casefold()
    for section in curriculum.sections:
        names = {
            section.slug,
            section.title.casefold(),
            str(section.order),
            f"{section.order:02d}",
            f"{section.order:02d}-{section.slug}",
        }
        if key in names:
            return section.slug
    valid = "; ".join(f"{s.order} {s.slug} ({s.title})" for s in curriculum.sections)
    raise typer.BadParameter(
        f"{wanted!r} is not a section. Give its number, slug or title: {valid}.",
        ctx=ctx,
        param_hint="'--section'",
    )


Row = tuple[int, Exercise, ExerciseProgress | None]

_COMPACT_WIDTH = 36
"""The widest exercise cell that keeps the compact table within 80 columns."""


def _exercise_table(cur: Curriculum, rows: list[Row], compact: bool) -> TextTable:
    """One row per exercise; ``compact`` puts topic and level under the exercise's name, for
    terminals too narrow for a column each."""
    names = ["#", "exercise", "diff", "status", "tries", "hints"]
    if not compact:
        names[2:2] = ["topic", "level"]
    left = {"exercise", "topic", "level", "status"}
    table = TextTable(
        "Exercises", [Column(name, "left" if name in left else "right") for name in names]
    )
    for number, exercise, item in rows:
        topic = cur.topics[exercise.topic]
        state = item.status if item else Status.PENDING
        about: list[str | Text] = [exercise.slug, topic.slug, topic.level.value]
        if compact:
            under = f"{topic.slug} · {topic.level.value}"
            if len(under) > _COMPACT_WIDTH:
                under = f"{topic.slug}\n{topic.level.value}"
            about = [Text.assemble(exercise.slug, (f"\n{under}", "dim"))]
        table.add_row(
            str(number),
            *about,
            str(exercise.difficulty),
            Text(state.value, style=STATUS_STYLE[state]),
            str(item.attempts if item else 0),
            str(item.hints_used if item else 0),
        )
    return table


def list_exercises(
    ctx: typer.Context, section: str | None, status: str | None, level: str | None
) -> None:
    with learner_view() as view:
        cur = view.curriculum
        wanted = section_slug(cur, section, ctx) if section is not None else None
        progress = view.store.progress(view.learner)
    rows: list[Row] = []
    for number, exercise in enumerate(cur.exercise_order(), start=1):
        topic = cur.topics[exercise.topic]
        item = progress.get(exercise.slug)
        state = item.status if item else Status.PENDING
        if wanted not in (None, topic.section) or status not in (None, state.value):
            continue
        if level not in (None, topic.level.value):
            continue
        rows.append((number, exercise, item))
    console = Console()
    table = _exercise_table(cur, rows, compact=False)
    if table.width > console.width:
        table = _exercise_table(cur, rows, compact=True)
    console.print(table.render(console), soft_wrap=True)


def show_next() -> None:
    from rich.markdown import Markdown

    with learner_view(need_workspace=True) as view:
        upcoming = next_exercise(view.curriculum, view.statuses())
        console = Console()
        if upcoming is None:
            console.print("Every exercise is done. Well earned!", style="bold green")
            return
        where = view.workspace.exercise_dir(upcoming.slug)
        console.print(Text(f"{upcoming.title} ({upcoming.slug})", style="bold"))
        console.print(f"Path: {shown(where)}", markup=False, soft_wrap=True)
        for name in upcoming.spec.solution_files:
            console.print(f"Edit: {shown(where / name)}", markup=False, soft_wrap=True)
        console.print()
        console.print(Markdown(upcoming.spec.instructions()))


def show_hint(exercise: str) -> None:
    from rich.markdown import Markdown

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


def show_reset(exercise: str) -> None:
    with learner_session() as session:
        slug = slug_of(session, exercise)
        backups = session.workspace.reset(slug)
        console = Console()
        console.print(f"{slug}: the stub is back.", markup=False)
        for backup in backups:
            console.print(f"  your version is saved as {shown(backup)}", markup=False)


def show_solution(exercise: str) -> None:
    from rich.syntax import Syntax

    with learner_view() as view:
        slug = slug_of(view, exercise)
        if view.statuses().get(slug) is not Status.DONE:
            fail(
                f"The reference solution of {slug} unlocks once your own passes.",
                f"Keep going: pyhero check {slug}; stuck? pyhero hint {slug}",
            )
        files = view.workspace.reference_solution(slug)
    console = Console()
    for name, text in files.items():
        console.print(Text(f"{name} (reference solution of {slug})", style="bold"))
        code = "\n".join(line.rstrip() for line in text.rstrip().splitlines())
        console.print(Syntax(code, "python", background_color="default"))
