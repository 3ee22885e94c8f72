"""What ``pyhero read`` and ``pyhero quiz`` do."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.text import Text

from pyhero.cli._session import LearnerSession, fail, learner_session
from pyhero.curriculum import Topic, UnknownTopicError
from pyhero.workspace import QuizError, take_quiz

__all__ = ["mark_read", "take_topic_quiz"]


def _topic(session: LearnerSession, slug: str) -> Topic:
    try:
        return session.curriculum.topic(slug)
    except UnknownTopicError as exc:
        fail(str(exc), "See: pyhero roadmap")


def mark_read(slug: str, undo: bool) -> None:
    with learner_session(need_workspace=False) as session:
        topic = _topic(session, slug)
        changed = session.store.mark_read(session.learner, topic.slug, read=not undo)
    if undo:
        said = "no longer marked read" if changed else "was not marked read"
        Console().print(f"{topic.title}: {said}.", markup=False)
        return
    Console().print(
        f"{topic.title}: {'marked read' if changed else 'already marked read'}. "
        "Shown in your progress; only passing exercises count as done."
        + (" Its key points come up for review tomorrow (pyhero review)." if changed else ""),
        markup=False,
    )


def _parse(text: str, count: int) -> list[int | None]:
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != count or not all(part.isdigit() or part == "" for part in parts):
        fail(
            f"--answers needs {count} choice numbers, comma-separated (an empty one skips).",
            "Example: --answers " + ",".join(["1"] * count),
        )
    return [int(part) - 1 if part else None for part in parts]


def _ask(topic: Topic, console: Console) -> list[int | None]:
    answers: list[int | None] = []
    for number, question in enumerate(topic.quiz, 1):
        console.print(Text(f"{number}. {question.question}", style="bold"), soft_wrap=True)
        for choice_number, choice in enumerate(question.choices, 1):
            console.print(Text(f"   {choice_number}) {choice}"), soft_wrap=True)
        answer = typer.prompt("Your answer", type=int)
        answers.append(answer - 1)
    return answers


def take_topic_quiz(slug: str, given: str | None) -> None:
    console = Console()
    with learner_session(need_workspace=False) as session:
        topic = _topic(session, slug)
        if not topic.quiz:
            fail(
                f"{topic.title} has no self-check quiz: its exercises check what you learnt.",
                f"See: pyhero topic {topic.slug}",
            )
        if given is not None:
            answers = _parse(given, len(topic.quiz))
        elif sys.stdin.isatty():
            answers = _ask(topic, console)
        else:
            fail("Answer with --answers when not at a terminal.", f"pyhero topic {topic.slug}")
        try:
            outcome = take_quiz(session.store, session.learner, topic, answers)
        except QuizError as exc:
            fail(str(exc))
    for number, (question, right) in enumerate(zip(topic.quiz, outcome.right, strict=True), 1):
        mark = ("✔ ", "green") if right else ("✘ ", "red")
        answer = question.choices[question.answer]
        console.print(Text.assemble(mark, f"{number}. {answer}"), soft_wrap=True)
        console.print(Text(f"   {question.explanation}", style="dim"), soft_wrap=True)
    record = outcome.record
    console.print(
        f"{outcome.correct}/{len(topic.quiz)} right (best {record.best}/{record.total}, "
        f"taken {record.taken} time{'s' if record.taken != 1 else ''}). "
        "Recorded as a self-check, not as done.",
        markup=False,
    )
