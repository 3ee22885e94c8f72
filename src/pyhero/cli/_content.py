"""What the content commands do: validate the curriculum, prove every exercise."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pyhero.checker import ExerciseReport, check_exercises
from pyhero.cli._environments import needed_environments, prepare_environments
from pyhero.cli._loading import display_path, load_or_exit
from pyhero.config import get_settings
from pyhero.curriculum import Curriculum, ReviewNotice, review_notices
from pyhero.environments import Environments
from pyhero.grading import Grader

__all__ = ["check_content", "show_validation"]


def show_validation(path: Path | None, review_max_age: int) -> None:
    """The content's figures and every review-date notice; exit 1 on an error."""
    cur = load_or_exit(path)
    today = date.today()
    notices = review_notices(cur.topics.values(), today, timedelta(days=review_max_age))
    errors = [n for n in notices if n.severity == "error"]
    console = Console()
    verdict = (
        ("the content has problems.", "bold red")
        if errors
        else ("the content is valid.", "bold green")
    )
    console.print(Text(f"{cur.content_dir}: {verdict[0]}", style=verdict[1]), soft_wrap=True)
    console.print(_stats_table(cur, today, review_max_age))
    _print_notices(console, notices)
    if errors:
        raise typer.Exit(1)


def _stats_table(cur: Curriculum, today: date, max_age_days: int) -> Table:
    stats = cur.stats()
    fresh = sum(
        1
        for t in cur.topics.values()
        if t.reviewed is not None and 0 <= (today - t.reviewed).days <= max_age_days
    )
    table = Table("", "count", box=None, pad_edge=False)
    for name, value in (
        ("sections", stats.sections),
        ("topics", stats.topics),
        ("resources", stats.resources),
        ("distinct URLs", stats.distinct_urls),
        ("prerequisite edges", stats.edges),
        ("exercises", stats.exercises),
        (f"topics reviewed in the last {max_age_days} days", fresh),
    ):
        table.add_row(name, str(value))
    return table


def _print_notices(console: Console, notices: list[ReviewNotice]) -> None:
    """One line per notice, ``file: location: severity: message``, then the counts."""
    for notice in notices:
        style = "bold red" if notice.severity == "error" else "yellow"
        console.print(
            Text.assemble(
                (display_path(notice.topic.file), "bold"),
                ": ",
                (notice.location, "yellow"),
                ": ",
                (notice.severity, style),
                ": ",
                notice.message,
            ),
            soft_wrap=True,
        )
    warnings = sum(n.severity == "warning" for n in notices)
    errors = len(notices) - warnings
    if notices:
        console.print(
            Text(
                f"{errors} error{'s' if errors != 1 else ''}, "
                f"{warnings} warning{'s' if warnings != 1 else ''} about review dates.",
                style="bold red" if errors else "yellow",
            )
        )


_SLOWEST_SHOWN = 8


def _print_slowest(console: Console, reports: Sequence[ExerciseReport]) -> None:
    """The exercises that cost the check most time: where to look when CI grows slow."""
    total = sum(report.total_seconds for report in reports)
    slowest = sorted(reports, key=lambda report: report.total_seconds, reverse=True)
    shown = [report for report in slowest[:_SLOWEST_SHOWN] if report.total_seconds > 0]
    if len(reports) < 2 or not shown:
        return
    listed = ", ".join(f"{report.slug} {report.total_seconds:.0f} s" for report in shown)
    console.print(
        f"checked in {total:.0f} s; slowest: {listed}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


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


@contextmanager
def _progress(console: Console, total: int) -> Iterator[Callable[[ExerciseReport], None]]:
    """A callback for each checked exercise: it updates a spinner on a terminal, and prints
    a line otherwise (CI logs, pipes)."""
    done = 0

    def line(report: ExerciseReport) -> str:
        nonlocal done
        done += 1
        phases = ", ".join(f"{name} {seconds:.1f}" for name, seconds in report.seconds.items())
        timing = f" in {report.total_seconds:.1f} s ({phases})" if phases else ""
        return f"[{done}/{total}] {report.slug}: {'problems' if report.problems else 'ok'}{timing}"

    if console.is_terminal:
        with console.status("checking exercises…") as status:
            yield lambda report: status.update(f"checked {line(report)}")
    else:
        yield lambda report: console.print(
            line(report), markup=False, highlight=False, soft_wrap=True
        )


def check_content(
    path: Path | None,
    only: Sequence[str],
    *,
    mutants: bool,
    mutant_sample: int,
    min_overall: float,
    min_each: float,
    jobs: int,
    survivors: bool,
) -> None:
    console = Console()
    curriculum = load_or_exit(path)
    chosen = curriculum.exercise_order()
    if only:
        unknown = sorted(set(only) - set(curriculum.exercises))
        if unknown:
            console.print(f"[red]unknown exercise(s): {', '.join(unknown)}[/red]")
            raise typer.Exit(1)
        chosen = [e for e in chosen if e.slug in only]
    workers = jobs or os.cpu_count() or 1
    settings = get_settings()
    environments = Environments(curriculum.content_dir, settings.cache_dir)
    prepare_environments(environments, needed_environments(chosen), console)
    with (
        Grader(
            workers=workers, isolation=settings.grader_isolation, environments=environments
        ) as grader,
        _progress(console, len(chosen)) as progress,
    ):
        reports = check_exercises(
            chosen,
            grader,
            mutants=mutants,
            mutant_sample=mutant_sample,
            jobs=workers,
            on_done=progress,
        )
    table = Table("exercise", "tests", "sealed", "bugs", "killed", "rate", "result")
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
        sampled = f", {mutant_sample} at most per exercise" if mutant_sample else ""
        console.print(f"overall: {killed}/{total} mutants killed ({_rate(killed, total)}){sampled}")
        weak = [r.slug for r in reports if r.kill_rate is not None and r.kill_rate * 100 < min_each]
        if total and killed / total * 100 < min_overall:
            failed = True
            console.print(f"[red]overall kill rate is under {min_overall:g} %[/red]")
        if weak:
            failed = True
            console.print(f"[red]under {min_each:g} %: {', '.join(weak)}[/red]")
    _print_slowest(console, reports)
    console.print(f"{len(reports)} exercises checked" + (": all sound." if not failed else "."))
    if failed:
        raise typer.Exit(1)
