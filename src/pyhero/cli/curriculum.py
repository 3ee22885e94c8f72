"""Curriculum commands: roadmap, topic, search (shown by ``_curriculum``)."""

# No `from __future__ import annotations` in a command module: see pyhero.cli.app.

from typing import Annotated

import typer

__all__ = ["register", "roadmap", "search", "topic"]


def roadmap() -> None:
    """Show every section and its topics, in learning order (with your progress)."""
    from pyhero.cli._curriculum import show_roadmap

    show_roadmap()


def topic(slug: Annotated[str, typer.Argument(help="Topic slug, e.g. itertools.")]) -> None:
    """Show one topic: summary, key points, prerequisites, resources and exercises."""
    from pyhero.cli._curriculum import show_topic

    show_topic(slug)


def search(
    text: Annotated[str, typer.Argument(help="Words to look for.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
) -> None:
    """Search topics and resources; every word must match."""
    from pyhero.cli._curriculum import show_search

    show_search(text, limit)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.command("roadmap")(roadmap)
    app.command("topic")(topic)
    app.command("search")(search)
