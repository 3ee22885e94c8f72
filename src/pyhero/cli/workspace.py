"""The learner's terminal workflow: init, list, next, check, watch, hint, reset, solution."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from pyhero.cli.curriculum import load_or_exit
from pyhero.config import Settings, get_settings
from pyhero.curriculum import Curriculum
from pyhero.grading import Grader, GraderError
from pyhero.progress import Status, StoreError, open_store
from pyhero.workspace import (
    Checker,
    CheckOutcome,
    Skipped,
    Workspace,
    WorkspaceError,
    changed_exercises,
    compare,
    exercise_statuses,
    first_failure,
    locate_workspace,
    next_exercise,
)

if TYPE_CHECKING:
    from pyhero.progress import ProgressStore

__all__ = [
    "LearnerSession",
    "fail",
    "learner_session",
    "register",
    "render_outcome",
]

STATUS_STYLE = {Status.DONE: "green", Status.ATTEMPTED: "yellow", Status.PENDING: "dim"}


@dataclass
class LearnerSession:
    settings: Settings
    curriculum: Curriculum
    store: ProgressStore
    workspace: Workspace

    @property
    def learner(self) -> str:
        return self.settings.learner

    def statuses(self) -> dict[str, Status]:
        return exercise_statuses(self.curriculum, self.store.progress(self.learner))

    def grader(self, workers: int | None = None) -> Grader:
        return Grader(
            workers=workers if workers is not None else self.settings.grader_workers or None,
            isolation=self.settings.grader_isolation,
        )


def fail(message: str, way_out: str | None = None, code: int = 1) -> NoReturn:
    err = Console(stderr=True)
    err.print(Text(message, style="bold red"), soft_wrap=True)
    if way_out:
        err.print(way_out, markup=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def learner_session(need_workspace: bool = True) -> Iterator[LearnerSession]:
    """Curriculum, store and workspace; any store, workspace or grader error ends the
    command with its message and way out, never a traceback."""
    settings = get_settings()
    curriculum = load_or_exit(settings.content_dir)
    workspace = Workspace(locate_workspace(settings.workspace_dir), curriculum)
    if need_workspace and not workspace.exists():
        fail(f"No pyhero workspace at {workspace.root}.", "Create one with: pyhero init")
    try:
        store = open_store(settings.database_url)
    except StoreError as exc:
        fail(exc.message, exc.way_out, code=2)
    try:
        store.ensure_learner(settings.learner)
        yield LearnerSession(settings, curriculum, store, workspace)
    except StoreError as exc:
        fail(exc.message, exc.way_out, code=2)
    except WorkspaceError as exc:
        fail(str(exc))
    except GraderError as exc:
        fail(f"The grader failed: {exc}", "See docs/grader.md (isolation, limits).", code=2)
    except OSError as exc:
        fail(f"{exc.filename or 'A file'}: {exc.strerror or exc}")
    finally:
        store.close()


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _slug_of(session: LearnerSession, target: str | None) -> str:
    """An exercise slug from a slug, a path inside the workspace, or the current directory."""
    if target is not None and target in session.curriculum.exercises:
        return target
    path = Path(target) if target is not None else Path.cwd()
    slug = session.workspace.resolve(path) if path.exists() else None
    if slug is not None:
        return slug
    if target is None:
        fail("Name an exercise (or run this inside an exercise's directory).", "See: pyhero list")
    return session.workspace.exercise(target).slug  # raises with suggestions


def _point_to_next(console: Console, session: LearnerSession) -> None:
    upcoming = next_exercise(session.curriculum, session.statuses())
    if upcoming is None:
        console.print("  Every exercise is done. Well earned!", style="bold green")
        return
    where = _shown(session.workspace.exercise_dir(upcoming.slug))
    console.print(
        f"  Next: {upcoming.title} ({upcoming.slug}) → {where}", markup=False, soft_wrap=True
    )


def render_outcome(console: Console, outcome: CheckOutcome) -> None:
    """The verdict line, then the first failing test with expected vs actual and output."""
    result = outcome.result
    passed = sum(test.status == "pass" for test in result.tests)
    total = len(result.tests)
    tally = f"{passed}/{total} tests" if total else "no tests ran"
    if outcome.passed:
        console.print(
            Text.assemble(
                ("✔ ", "bold green"),
                (outcome.exercise, "bold"),
                (" passed", "green"),
                f" — {tally} in {result.duration_ms:.0f} ms",
            )
        )
        if outcome.newly_done:
            console.print("  Done! It now counts in your progress.", style="green")
        return
    console.print(
        Text.assemble(
            ("✘ ", "bold red"),
            (outcome.exercise, "bold"),
            (f" {result.verdict.value}", "red"),
            f" — {tally + ' pass' if total else tally} ({result.duration_ms:.0f} ms)",
        )
    )
    failing = first_failure(result)
    if failing is None or (result.message and result.verdict.value != "failed"):
        if result.message:
            console.print(Text(result.message.rstrip(), style="red"), soft_wrap=True)
        if failing is None:
            return
    console.print(Text.assemble("  ", (failing.name, "bold")), soft_wrap=True)
    if failing.message:
        for line in failing.message.rstrip().splitlines()[:12]:
            console.print(Text(f"    {line}"), soft_wrap=True)
    comparison = compare(failing.message)
    if comparison is not None:
        console.print(Text.assemble("    expected: ", (comparison.expected, "green")))
        console.print(Text.assemble("    actual:   ", (comparison.actual, "red")))
    if failing.output:
        console.print(Text("    output:", style="dim"))
        for line in failing.output.rstrip().splitlines()[:10]:
            console.print(Text(f"      {line}", style="dim"), soft_wrap=True)


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
        f"Workspace {_shown(workspace.root)}: {len(report.added)} exercise(s) added, "
        f"{len(report.kept)} already there (your files untouched).",
        markup=False,
        soft_wrap=True,
    )
    for path in report.restored_files:
        console.print(f"  restored missing {_shown(path)}", markup=False)
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
        console.print(f"Path: {_shown(where)}", markup=False, soft_wrap=True)
        for name in upcoming.spec.solution_files:
            console.print(f"Edit: {_shown(where / name)}", markup=False, soft_wrap=True)
        console.print()
        console.print(Markdown(upcoming.spec.instructions()))


def check(
    exercise: Annotated[
        str | None, typer.Argument(help="Exercise slug or path (default: current directory).")
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Grade every exercise, in parallel.")] = False,
    workers: Annotated[int, typer.Option(min=0, help="Graders in parallel (0: all CPUs).")] = 0,
) -> None:
    """Grade an exercise (or all of them) and record the verdict."""
    console = Console()
    with learner_session() as session:
        if not all_:
            slug = _slug_of(session, exercise)
            with session.grader(workers=1) as grader:
                checker = Checker(session.workspace, session.store, session.learner, grader)
                outcome = checker.check(slug)
            render_outcome(console, outcome)
            if outcome.passed:
                _point_to_next(console, session)
                return
            raise typer.Exit(1)
        slugs = [e.slug for e in session.curriculum.exercise_order()]
        with session.grader(workers=workers or None) as grader:
            checker = Checker(session.workspace, session.store, session.learner, grader)
            columns = (TextColumn("grading"), BarColumn(), MofNCompleteColumn())
            with Progress(*columns, console=console, transient=True) as bar:
                task = bar.add_task("grading", total=len(slugs))
                outcomes = checker.check_many(
                    slugs,
                    workers=workers or os.cpu_count() or 1,
                    on_done=lambda _outcome: bar.advance(task),
                )
        _summary(console, outcomes)


def _summary(console: Console, outcomes: list[CheckOutcome | Skipped]) -> None:
    table = Table(title="Check summary")
    for column in ("exercise", "verdict", "tests", "ms"):
        table.add_column(column, justify="right" if column in {"tests", "ms"} else "left")
    for outcome in outcomes:
        if isinstance(outcome, Skipped):
            table.add_row(outcome.exercise, Text("skipped", style="yellow"), "", "")
            continue
        result = outcome.result
        passed = sum(t.status == "pass" for t in result.tests)
        style = "green" if outcome.passed else "red"
        table.add_row(
            outcome.exercise,
            Text(result.verdict.value, style=style),
            f"{passed}/{len(result.tests)}",
            f"{result.duration_ms:.0f}",
        )
    console.print(table)
    for outcome in outcomes:
        if isinstance(outcome, Skipped):
            console.print(Text(f"skipped: {outcome.reason}", style="yellow"), soft_wrap=True)
    done = sum(isinstance(outcome, CheckOutcome) and outcome.passed for outcome in outcomes)
    console.print(f"{done}/{len(outcomes)} exercises pass.", markup=False)


def watch() -> None:
    """Grade each exercise as you save it; Ctrl-C to stop."""
    console = Console()
    with learner_session() as session, session.grader(workers=1) as grader:
        checker = Checker(session.workspace, session.store, session.learner, grader)
        console.print(
            f"Watching {_shown(session.workspace.root)}: save a solution file to grade it. "
            "Ctrl-C to stop.",
            markup=False,
        )
        try:
            for slugs in changed_exercises(session.workspace):
                for slug in slugs:
                    try:
                        outcome = checker.check(slug)
                    except WorkspaceError as exc:
                        console.print(Text(str(exc), style="red"))
                        continue
                    render_outcome(console, outcome)
                    if outcome.passed:
                        _point_to_next(console, session)
        except KeyboardInterrupt:
            console.print("Stopped watching.")


def hint(exercise: Annotated[str, typer.Argument(help="Exercise slug or path.")]) -> None:
    """Show the next hint of an exercise (each call one more); hints used are recorded."""
    with learner_session(need_workspace=False) as session:
        slug = _slug_of(session, exercise)
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
        slug = _slug_of(session, exercise)
        backups = session.workspace.reset(slug)
        console = Console()
        console.print(f"{slug}: the stub is back.", markup=False)
        for backup in backups:
            console.print(f"  your version is saved as {_shown(backup)}", markup=False)


def solution(exercise: Annotated[str, typer.Argument(help="Exercise slug or path.")]) -> None:
    """Show the reference solution, once the grader has passed your own."""
    with learner_session(need_workspace=False) as session:
        slug = _slug_of(session, exercise)
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
