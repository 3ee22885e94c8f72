"""What ``pyhero check`` and ``pyhero watch`` do, and how a verdict reads."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from pyhero.cli._session import LearnerView, learner_session, shown, slug_of, started_grader
from pyhero.workspace import (
    Checker,
    CheckOutcome,
    Skipped,
    WorkspaceError,
    changed_exercises,
    compare,
    first_failure,
    next_exercise,
)

if TYPE_CHECKING:
    from pyhero.grading import GradeResult

__all__ = ["check_all", "check_one", "render_outcome", "render_result", "watch_workspace"]


def _point_to_next(console: Console, session: LearnerView) -> None:
    upcoming = next_exercise(session.curriculum, session.statuses())
    if upcoming is None:
        console.print("  Every exercise is done. Well earned!", style="bold green")
        return
    where = shown(session.workspace.exercise_dir(upcoming.slug))
    console.print(
        f"  Next: {upcoming.title} ({upcoming.slug}) → {where}", markup=False, soft_wrap=True
    )


def render_outcome(console: Console, outcome: CheckOutcome) -> None:
    """The verdict line, then the first failing test with expected vs actual and output."""
    render_result(console, outcome.exercise, outcome.result)
    if outcome.passed and outcome.newly_done:
        console.print("  Done! It now counts in your progress.", style="green")


def render_result(console: Console, exercise: str, result: GradeResult) -> None:
    """A grading's verdict line, then its first failing test with expected vs actual."""
    passed = sum(test.status == "pass" for test in result.tests)
    total = len(result.tests)
    tally = f"{passed}/{total} tests" if total else "no tests ran"
    if result.bugs is not None and result.bugs.judged:
        tally += f", bugs caught {result.bugs.caught}/{result.bugs.total}"
    if result.passed:
        console.print(
            Text.assemble(
                ("✔ ", "bold green"),
                (exercise, "bold"),
                (" passed", "green"),
                f" — {tally} in {result.duration_ms:.0f} ms",
            )
        )
        return
    console.print(
        Text.assemble(
            ("✘ ", "bold red"),
            (exercise, "bold"),
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


def check_one(exercise: str | None) -> None:
    console = Console()
    with learner_session() as session:
        slug = slug_of(session, exercise)
        with started_grader(session, workers=1) as grader:
            checker = Checker(session.workspace, session.store, session.learner, grader)
            outcome = checker.check(slug)
        render_outcome(console, outcome)
        if not outcome.passed:
            raise typer.Exit(1)
        _point_to_next(console, session)


def check_all(workers: int) -> None:
    """Every exercise, in parallel; exit status 1 unless every one passes."""
    console = Console()
    with learner_session() as session:
        slugs = [e.slug for e in session.curriculum.exercise_order()]
        with started_grader(session, workers=workers or None) as grader:
            checker = Checker(session.workspace, session.store, session.learner, grader)
            columns = (TextColumn("grading"), BarColumn(), MofNCompleteColumn())
            with Progress(*columns, console=console, transient=True) as bar:
                task = bar.add_task("grading", total=len(slugs))
                outcomes = checker.check_many(
                    slugs,
                    workers=workers or os.cpu_count() or 1,
                    on_done=lambda _outcome: bar.advance(task),
                )
    if not _summary(console, outcomes):
        raise typer.Exit(1)


def _summary(console: Console, outcomes: list[CheckOutcome | Skipped]) -> bool:
    """The table of verdicts, the skipped ones' reasons, the count; True when all pass."""
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
    return done == len(outcomes)


def watch_workspace() -> None:
    console = Console()
    with learner_session() as session, started_grader(session, workers=1) as grader:
        checker = Checker(session.workspace, session.store, session.learner, grader)
        console.print(
            f"Watching {shown(session.workspace.root)}: save a solution file to grade it. "
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
