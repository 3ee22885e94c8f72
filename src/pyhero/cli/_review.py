"""What ``pyhero review`` does: the due list, scratch directories for exercise reviews,
recall cards in the terminal, grading and rating."""

from __future__ import annotations

import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pyhero.cli._checking import render_result
from pyhero.cli._session import LearnerSession, fail, learner_session, shown, started_grader
from pyhero.review import ItemKind, Rating, ReviewItem
from pyhero.workspace import DueItem, ReviewDesk, ReviewError, ReviewOutcome

__all__ = [
    "SCRATCH_DIR",
    "check_review",
    "give_up_review",
    "rate_card",
    "scratch_dir",
    "show_due",
    "start_review",
    "watch_review",
]

SCRATCH_DIR = Path(".pyhero") / "review"
"""Below the workspace root: one scratch directory per exercise under review."""


def _now() -> datetime:
    return datetime.now(UTC)


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return local.strftime("%a %d %b %H:%M")


def scratch_dir(session: LearnerSession, slug: str) -> Path:
    return session.workspace.root / SCRATCH_DIR / slug


def _desk(session: LearnerSession) -> ReviewDesk:
    return ReviewDesk(session.curriculum, session.store, session.learner)


def _due_table(rows: list[DueItem], heading: str) -> Table:
    table = Table(title=heading, title_justify="left")
    table.add_column("item", overflow="fold")
    table.add_column("what", overflow="fold")
    table.add_column("due", no_wrap=True)
    for row in rows:
        what = "re-solve" if row.item.kind is ItemKind.EXERCISE else "recall"
        mark = " (under way)" if row.opened else ""
        table.add_row(row.item.key, f"{what}: {row.item.title}{mark}", _when(row.card.due))
    return table


def show_due() -> None:
    console = Console()
    with learner_session(need_workspace=False) as session:
        summary = _desk(session).summary(_now())
        cur = session.curriculum
    if not summary.due and not summary.upcoming:
        console.print(
            "Nothing to review yet: pass an exercise (pyhero next) or mark a topic read "
            "(pyhero read TOPIC); it comes back for review a day later.",
            markup=False,
        )
        return
    if summary.due:
        console.print(_due_table(summary.due, f"Due now: {len(summary.due)}"))
        console.print("Start with: pyhero review start", markup=False)
    else:
        console.print("Nothing is due now. Well kept!", style="green")
    if summary.upcoming:
        console.print(_due_table(summary.upcoming[:5], "Coming up"))
    for topic, causes in summary.flags.items():
        because = ", ".join(cur.topics[c].title for c in causes)
        console.print(
            Text.assemble(
                ("⚑ ", "yellow"),
                (cur.topics[topic].title, "bold"),
                f": builds on {because}, whose last review failed",
            ),
            soft_wrap=True,
        )


def _pick(session: LearnerSession, desk: ReviewDesk, wanted: str | None) -> ReviewItem:
    """The named item; else the exercise whose scratch directory holds the working
    directory; else the review under way; else the first due item."""
    try:
        if wanted is not None:
            return desk.item(wanted)
        base = (session.workspace.root / SCRATCH_DIR).resolve()
        here = Path.cwd().resolve()
        if here.is_relative_to(base) and here != base:
            return desk.item(f"exercise/{here.relative_to(base).parts[0]}")
        summary = desk.summary(_now())
        opened = [row for row in summary.due + summary.upcoming if row.opened]
        if opened:
            return opened[0].item
        if summary.due:
            return summary.due[0].item
    except ReviewError as exc:
        fail(str(exc), "See what is due: pyhero review")
    fail("Nothing is due for review now.", "See what comes next: pyhero review", code=0)
    return None


def _write_scratch(session: LearnerSession, item: ReviewItem, fresh: bool) -> Path:
    if not session.workspace.exists():
        fail(f"No pyhero workspace at {session.workspace.root}.", "Create one with: pyhero init")
    exercise = session.curriculum.exercises[item.slug]
    target = scratch_dir(session, item.slug)
    if fresh and target.exists():
        shutil.rmtree(target)
    source = exercise.spec.path
    spec = exercise.spec
    for name in (*spec.solution_files, *spec.test_files, *spec.editor_files):
        path = target / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / name, path)
    instructions = source / ".docs" / "instructions.md"
    if instructions.is_file() and not (target / "README.md").exists():
        shutil.copyfile(instructions, target / "README.md")
    return target


def start_review(wanted: str | None) -> None:
    console = Console()
    with learner_session(need_workspace=False) as session:
        desk = _desk(session)
        item = _pick(session, desk, wanted)
        try:
            card = desk.store.review_cards(desk.learner).get(item.key)
            fresh = card is None or card.opened_at is None
            desk.open(item.key, _now())
        except ReviewError as exc:
            fail(str(exc))
        if item.kind is ItemKind.KEY_POINTS:
            _recall(console, desk, item)
            return
        target = _write_scratch(session, item, fresh)
        files = session.curriculum.exercises[item.slug].spec.solution_files
    console.print(Text.assemble(("Review: ", "bold"), item.title, f" ({item.key})"), soft_wrap=True)
    state = "A fresh stub is" if fresh else "Your review under way is"
    console.print(f"{state} in {shown(target)} (instructions in README.md).", markup=False)
    console.print(
        f"Solve {', '.join(files)} again from memory, then:\n"
        f"  cd {shown(target)}\n"
        "  pyhero review check        # or: pyhero review watch (grades on every save)\n"
        "Stuck? pyhero review give-up brings it back sooner.",
        markup=False,
    )


def _recall(console: Console, desk: ReviewDesk, item: ReviewItem) -> None:
    topic = desk.curriculum.topics[item.slug]
    console.print(Text.assemble(("Recall: ", "bold"), topic.title), soft_wrap=True)
    console.print("What are this topic's key points? Say them to yourself first.", markup=False)
    interactive = sys.stdin.isatty()
    if interactive:
        typer.prompt("Press Enter to see them", default="", show_default=False)
    for point in topic.key_points:
        console.print(Text(f"  • {point}"), soft_wrap=True)
    if not interactive:
        console.print(
            f"Rate your recall: pyhero review rate {item.key} again|hard|good|easy", markup=False
        )
        return
    choices = {"1": Rating.AGAIN, "2": Rating.HARD, "3": Rating.GOOD, "4": Rating.EASY}
    answer = typer.prompt("How well did you recall them? 1 again, 2 hard, 3 good, 4 easy")
    rating = choices.get(answer.strip()) or Rating.__members__.get(answer.strip().upper())
    if rating is None:
        fail(f"{answer!r} is not a rating.", f"Rate it with: pyhero review rate {item.key} good")
    _report(console, desk.rate(item.key, rating, _now()))


def _report(console: Console, outcome: ReviewOutcome) -> None:
    if outcome.card is None or outcome.rating is None:
        return
    console.print(
        Text.assemble(
            ("Recorded: ", "bold"),
            (outcome.rating.value, "green" if outcome.rating.passing else "red"),
            f" — next review {_when(outcome.card.due)}.",
        )
    )
    if not outcome.rating.passing:
        console.print(
            "Topics that build on this one are flagged until a review of it passes.",
            markup=False,
        )


def _check(console: Console, session: LearnerSession, desk: ReviewDesk, item: ReviewItem) -> bool:
    if item.kind is not ItemKind.EXERCISE:
        fail(f"{item.key} is a recall card.", f"Rate it: pyhero review rate {item.key} good")
    target = scratch_dir(session, item.slug)
    files = session.curriculum.exercises[item.slug].spec.solution_files
    try:
        code = {name: (target / name).read_text(encoding="utf-8") for name in files}
    except OSError:
        fail(
            f"No review under way in {shown(target)}.", f"Start it: pyhero review start {item.key}"
        )
    with started_grader(session, workers=1) as grader:
        outcome = desk.check(item.key, code, grader, _now())
    assert outcome.result is not None
    render_result(console, item.slug, outcome.result)
    if outcome.rating is None:
        console.print(
            f"Check {outcome.checks}: fix it and check again, or: pyhero review give-up {item.key}",
            markup=False,
        )
        return False
    _report(console, outcome)
    return True


def check_review(wanted: str | None) -> None:
    console = Console()
    with learner_session() as session:
        desk = _desk(session)
        item = _pick(session, desk, wanted)
        try:
            passed = _check(console, session, desk, item)
        except ReviewError as exc:
            fail(str(exc))
    if not passed:
        raise typer.Exit(1)


def watch_review(wanted: str | None) -> None:
    from watchfiles import watch

    console = Console()
    with learner_session() as session:
        desk = _desk(session)
        item = _pick(session, desk, wanted)
        target = scratch_dir(session, item.slug)
        if not target.is_dir():
            fail(f"No review under way in {shown(target)}.", f"pyhero review start {item.key}")
        console.print(f"Watching {shown(target)}: save to grade. Ctrl-C to stop.", markup=False)
        try:
            for _changes in watch(target):
                if _check(console, session, desk, item):
                    return
        except KeyboardInterrupt:
            console.print("Stopped watching; the review stays under way.")


def rate_card(wanted: str, rating: str) -> None:
    with learner_session(need_workspace=False) as session:
        desk = _desk(session)
        try:
            _report(Console(), desk.rate(wanted, Rating(rating), _now()))
        except ReviewError as exc:
            fail(str(exc))


def give_up_review(wanted: str | None) -> None:
    with learner_session(need_workspace=False) as session:
        desk = _desk(session)
        item = _pick(session, desk, wanted)
        try:
            _report(Console(), desk.give_up(item.key, _now()))
        except ReviewError as exc:
            fail(str(exc))
