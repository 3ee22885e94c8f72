"""``pyhero content``: the group of commands that check the content, and ``validate``.

Another command joins the group from its own module: define it there, add it with
``content_app.command("NAME")(function)`` in that module's ``register``, and list the module
in ``pyhero.cli.app.COMMAND_MODULES``.
"""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from pathlib import Path
from typing import Annotated

import typer

from pyhero.cli._typer import Typer

__all__ = ["content_app", "register", "validate"]

content_app = Typer(help="Check pyhero's content: curriculum and exercises.")


@content_app.callback(no_args_is_help=True)
def _content() -> None:
    """Check pyhero's content: curriculum and exercises."""


def validate(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Content directory (holds curriculum/ and exercises/).",
            show_default="settings content_dir",
        ),
    ] = None,
    review_max_age: Annotated[
        int,
        typer.Option(min=1, help="Warn about topic pages not reviewed for this many days."),
    ] = 365,
) -> None:
    """Validate the curriculum and exercise configs; list every problem found.

    Also checks review dates: a page due for a review (or never reviewed) is a warning, a
    review date in the future an error. Exit status 1 on any error.
    """
    from pyhero.cli._content import show_validation

    show_validation(path, review_max_age)


def register(app: typer.Typer) -> None:
    """Attach ``pyhero content`` (with ``validate``) to the root app."""
    content_app.command("validate")(validate)
    app.add_typer(content_app, name="content")
