"""``pyhero content check``: prove every exercise through the real grader."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pyhero.checker import ExerciseReport, check_exercises
from pyhero.cli.content import content_app
from pyhero.cli.curriculum import load_or_exit
from pyhero.config import get_settings
from pyhero.grading import Grader

__all__ = ["check", "register"]


def _rate(killed: int, total: int) -> str:
    return f"{100 * killed / total:.1f} %" if total else "-"


def _row(report: ExerciseReport, min_each: float) -> tuple[str, ...]:
    rate = report.kill_rate
    rate_text = _rate(report.killed, len(report.mutants))
    if rate is not None and rate * 100 < min_each:
        rate_text = f"[red]{rate_text}[/red]"
    verdict = "[green]ok[/green]" if not report.problems else "[red]problems[/red]"
    wrong = report.wrong
    return (
        report.slug,
        str(report.test_count),
        str(report.sealed_cases or "-"),
        f"{report.bugs_caught}/{len(wrong)}" if wrong else "-",
        f"{report.killed}/{len(report.mutants)}" if report.mutants else "-",
        rate_text,
        verdict,
    )


def check(
    path: Annotated[
        Path | None, typer.Argument(help="Content directory (holds curriculum/ and exercises/).")
    ] = None,
    exercise: Annotated[
        list[str] | None,
        typer.Option("--exercise", "-e", help="Check only these exercise slugs."),
    ] = None,
    mutants: Annotated[
        bool, typer.Option("--mutants/--no-mutants", help="Run the mutation analysis.")
    ] = True,
    min_overall: Annotated[
        float, typer.Option(help="Lowest acceptable overall kill rate, in percent.")
    ] = 85.0,
    min_each: Annotated[
        float, typer.Option(help="Lowest acceptable kill rate of any one exercise, in percent.")
    ] = 60.0,
    jobs: Annotated[int, typer.Option(help="Parallel gradings (0: one per core).")] = 0,
    survivors: Annotated[
        bool, typer.Option("--survivors", help="List every mutant the tests let live.")
    ] = False,
) -> None:
    """Every exercise: metadata valid, stub fails, example passes, tests kill mutants."""
    console = Console()
    curriculum = load_or_exit(path)
    chosen = curriculum.exercise_order()
    if exercise:
        unknown = sorted(set(exercise) - set(curriculum.exercises))
        if unknown:
            console.print(f"[red]unknown exercise(s): {', '.join(unknown)}[/red]")
            raise typer.Exit(1)
        chosen = [e for e in chosen if e.slug in exercise]
    workers = jobs or os.cpu_count() or 1
    settings = get_settings()
    table = Table(
        "exercise", "tests", "sealed", "bugs caught", "mutants killed", "kill rate", "result"
    )
    with (
        Grader(workers=workers, isolation=settings.grader_isolation) as grader,
        console.status("checking exercises…") as status,
    ):

        def progress(report: ExerciseReport) -> None:
            status.update(f"checked {report.slug}")

        reports = check_exercises(chosen, grader, mutants=mutants, jobs=workers, on_done=progress)
    for report in reports:
        table.add_row(*_row(report, min_each))
    console.print(table)
    failed = False
    for report in reports:
        for problem in report.problems:
            failed = True
            console.print(f"[red]{report.slug}[/red]: {problem}")
        if survivors:
            for outcome in report.survivors:
                m = outcome.mutant
                console.print(f"  {report.slug} {outcome.file}:{m.line}: survived: {m.description}")
    caught = sum(r.bugs_caught for r in reports)
    bugs = sum(len(r.wrong) for r in reports)
    sealed_only = sum(outcome.caught_by_sealed_only for r in reports for outcome in r.wrong)
    console.print(
        f"realistic bugs: {caught}/{bugs} caught ({_rate(caught, bugs)}); "
        f"{sealed_only} of them only by the sealed sets"
    )
    if mutants:
        killed = sum(r.killed for r in reports)
        total = sum(len(r.mutants) for r in reports)
        console.print(f"overall: {killed}/{total} mutants killed ({_rate(killed, total)})")
        weak = [r.slug for r in reports if r.kill_rate is not None and r.kill_rate * 100 < min_each]
        if total and killed / total * 100 < min_overall:
            failed = True
            console.print(f"[red]overall kill rate is under {min_overall:g} %[/red]")
        if weak:
            failed = True
            console.print(f"[red]under {min_each:g} %: {', '.join(weak)}[/red]")
    console.print(f"{len(reports)} exercises checked" + (": all sound." if not failed else "."))
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``check`` to the ``pyhero content`` group."""
    content_app.command("check")(check)
