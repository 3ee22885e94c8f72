"""What ``pyhero progress`` does: done per section and level, streak, time; export, import;
and the topic markers of roadmap and topic."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import typer
from rich.console import Console
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from pyhero.cli._session import (
    LearnerView,
    fail,
    learner_session,
    learner_view,
    started_grader,
)
from pyhero.config import get_settings
from pyhero.curriculum import Curriculum, Level
from pyhero.progress import Status, StoreError, activity_summary, open_reader, sqlite_file
from pyhero.workspace import exercise_statuses, topic_markers

__all__ = ["export_progress", "import_progress", "progress_markers", "show_progress"]


def _duration(spent: timedelta) -> str:
    minutes = int(spent.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def _table(title: str, rows: dict[str, tuple[int, int]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(title.rsplit(maxsplit=1)[-1].lower())
    table.add_column("done", justify="right")
    table.add_column("", min_width=24)
    for name, (done, total) in rows.items():
        table.add_row(
            name,
            f"{done}/{total}",
            ProgressBar(total=max(total, 1), completed=done, width=24),
        )
    return table


def progress_markers(curriculum: Curriculum) -> dict[str, str] | None:
    """Topic slug -> status marker for roadmap and topic; None without a store to read."""
    settings = get_settings()
    database = sqlite_file(settings.database_url)
    if database is not None and not database.is_file():
        return None  # no progress yet: do not create a database just to show the roadmap
    try:
        with open_reader(settings.database_url) as store:
            statuses = exercise_statuses(curriculum, store.progress(settings.learner))
    except StoreError as exc:
        Console(stderr=True).print(f"(progress not shown: {exc.message})", markup=False)
        return None
    return topic_markers(curriculum, statuses)


def show_progress() -> None:
    with learner_view() as view:
        cur = view.curriculum
        statuses = view.statuses()
        by_section: dict[str, tuple[int, int]] = {}
        by_level: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for section in cur.sections:
            done = total = 0
            for topic_slug in section.topics:
                level = cur.topics[topic_slug].level.value
                for exercise in cur.topic_exercises(topic_slug):
                    finished = statuses.get(exercise.slug) is Status.DONE
                    done, total = done + finished, total + 1
                    by_level[level][0] += finished
                    by_level[level][1] += 1
            if total:
                by_section[section.title] = (done, total)
        activity = activity_summary(view.store.activity(view.learner), datetime.now(UTC))
        console = Console()
        all_done = sum(status is Status.DONE for status in statuses.values())
        console.print(
            Text(f"{view.learner}: {all_done}/{len(statuses)} exercises done", style="bold")
        )
        console.print(_table("By section", by_section))
        console.print(
            _table("By level", {lvl.value: (by_level[lvl][0], by_level[lvl][1]) for lvl in Level})
        )
        days = activity.streak_days
        console.print(
            f"Streak: {days} day{'s' if days != 1 else ''} · active on {activity.active_days} "
            f"day(s) · time spent: {_duration(activity.time_spent)}",
            markup=False,
        )
        _reading_and_review(console, view)


def _reading_and_review(console: Console, view: LearnerView) -> None:
    """Topics read and quizzes taken (never done), review figures, the 14-day forecast."""
    from pyhero.workspace import review_summary

    cur = view.curriculum
    read = view.store.read_marks(view.learner)
    quizzes = view.store.quizzes(view.learner)
    with_quiz = [t for t in cur.topics.values() if t.quiz]
    console.print(
        f"Reading: {len(read)}/{len(cur.topics)} topics marked read · self-checks: "
        f"{sum(t.slug in quizzes for t in with_quiz)}/{len(with_quiz)} quizzes taken "
        "(shown, never counted as done)",
        markup=False,
    )
    summary = review_summary(cur, view.store, view.learner, datetime.now().astimezone())
    stats = summary.stats
    retention = "—" if stats.retention is None else f"{stats.retention:.0%}"
    console.print(
        f"Review: {stats.items} items · {stats.due_now} due now · {stats.reviews} reviews "
        f"({stats.reviews_today} today) · retention (30 days): {retention}",
        markup=False,
    )
    if stats.items:
        line = " ".join(f"{day.day:%d}:{day.due}" for day in summary.forecast)
        console.print(f"Due, next 14 days: {line}", markup=False)
    for topic, causes in summary.flags.items():
        because = ", ".join(cur.topics[c].title for c in causes)
        console.print(
            Text(f"⚑ {cur.topics[topic].title}: review {because} first", style="yellow"),
            soft_wrap=True,
        )


def export_progress(fmt: Literal["json", "csv"], output: Path | None) -> None:
    from pyhero.progress import dump

    with learner_session(need_workspace=False) as session:
        text = dump(session.store.export(session.learner), fmt)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"Cannot write {output}: {exc}")
    Console(stderr=True).print(f"Wrote {output}", markup=False)


def import_progress(file: Path) -> None:
    from pyhero.progress import ExchangeError, parse
    from pyhero.workspace import Checker

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"Cannot read {file}: {exc}")
    with learner_session(need_workspace=False) as session:
        try:
            data = parse(text, str(file), default_learner=session.learner)
        except ExchangeError as exc:
            fail(str(exc), "Nothing was imported.")
        with started_grader(session, workers=1) as grader:
            checker = Checker(session.workspace, session.store, session.learner, grader)
            report = session.store.import_export(session.learner, data, verify=checker.verify)
        console = Console()
        console.print(
            f"Imported {report.added_attempts} attempt(s), {report.added_hints} hint use(s), "
            f"{report.added_reading} read mark(s) and quiz result(s), "
            f"{report.added_reviews} review card(s) and review(s); "
            f"{report.skipped} already there.",
            markup=False,
            soft_wrap=True,
        )
        for reason in report.rejected:
            console.print(Text(f"rejected: {reason}", style="yellow"), soft_wrap=True)
