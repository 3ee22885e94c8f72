"""``pyhero review``: spaced review of passed exercises and topics' key points (FSRS).

The commands do their work in ``_review``.
"""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from typing import Annotated, Literal

import typer

from pyhero.cli._typer import Typer

__all__ = ["RATINGS", "register", "review_app"]

RATINGS = Literal["again", "hard", "good", "easy"]
"""The values of ``pyhero.review.Rating`` (a test keeps them equal)."""

review_app = Typer(
    name="review",
    help="Spaced review: re-solve passed exercises, recall topics' key points, when due.",
    no_args_is_help=False,
)

_ITEM = typer.Argument(
    help="exercise/<slug> or topic/<slug> (default: the review under way, or the next due)."
)


@review_app.callback(invoke_without_command=True)
def show(ctx: typer.Context) -> None:
    """What is due now, what comes next, and topics flagged by failed reviews."""
    if ctx.invoked_subcommand is not None:
        return
    from pyhero.cli._review import show_due

    show_due()


@review_app.command("start")
def start(item: Annotated[str | None, _ITEM] = None) -> None:
    """Start a review: an exercise gets a fresh stub in a scratch directory; a recall card
    shows the topic, then its key points, and asks how well you remembered them."""
    from pyhero.cli._review import start_review

    start_review(item)


@review_app.command("check")
def check(item: Annotated[str | None, _ITEM] = None) -> None:
    """Grade the re-solved exercise in its scratch directory; a pass ends the review."""
    from pyhero.cli._review import check_review

    check_review(item)


@review_app.command("watch")
def watch(item: Annotated[str | None, _ITEM] = None) -> None:
    """Grade the scratch directory on every save, until it passes."""
    from pyhero.cli._review import watch_review

    watch_review(item)


@review_app.command("rate")
def rate(
    item: Annotated[str, typer.Argument(help="topic/<slug>: a recall card.")],
    rating: Annotated[RATINGS, typer.Argument(help="again, hard, good or easy.")],
) -> None:
    """Rate a recall card: how well you remembered the topic's key points."""
    from pyhero.cli._review import rate_card

    rate_card(item, rating)


@review_app.command("give-up")
def give_up(item: Annotated[str | None, _ITEM] = None) -> None:
    """End an exercise review without a pass: it comes back soon, and the topics that build
    on it are flagged."""
    from pyhero.cli._review import give_up_review

    give_up_review(item)


def register(app: typer.Typer) -> None:
    """Attach ``pyhero review`` and its commands to the root app."""
    app.add_typer(review_app)
