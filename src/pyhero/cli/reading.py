"""``pyhero read`` and ``pyhero quiz``: reading counts too, recorded and shown, never done.

The commands do their work in ``_reading``.
"""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from typing import Annotated

import typer

__all__ = ["register"]


def read(
    topic: Annotated[str, typer.Argument(help="The topic's slug (see pyhero roadmap).")],
    undo: Annotated[bool, typer.Option("--undo", help="Remove the read mark.")] = False,
) -> None:
    """Mark a topic as read: shown in roadmap and progress, and its key points enter review.
    Never counted as done: only the grader grants done."""
    from pyhero.cli._reading import mark_read

    mark_read(topic, undo)


def quiz(
    topic: Annotated[str, typer.Argument(help="The topic's slug (see pyhero roadmap).")],
    answers: Annotated[
        str | None,
        typer.Option(help="Answer without prompts: the choice numbers, comma-separated (1,3,2)."),
    ] = None,
) -> None:
    """Take a topic's self-check quiz (for what no exercise can verify: IDEs, VMs, Colab...)."""
    from pyhero.cli._reading import take_topic_quiz

    take_topic_quiz(topic, answers)


def register(app: typer.Typer) -> None:
    """Add ``read`` and ``quiz`` to the root app."""
    app.command("read")(read)
    app.command("quiz")(quiz)
