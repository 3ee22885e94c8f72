"""What the curriculum commands show: roadmap, topic, search.

The ``render_*`` functions build rich renderables and take an optional ``status`` mapping
(topic slug -> short marker such as ``"✓"``) so progress can be shown without touching them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import typer
from rich.console import Console, Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from pyhero.cli._loading import load_or_exit
from pyhero.config import get_settings
from pyhero.curriculum import Curriculum, Resource, SearchHit, Topic, UnknownTopicError

if TYPE_CHECKING:
    from pyhero.links import ResourceHealth

__all__ = [
    "render_roadmap",
    "render_search",
    "render_topic",
    "show_roadmap",
    "show_search",
    "show_topic",
]

_LEVEL_STYLE = {
    "beginner": "green",
    "intermediate": "cyan",
    "advanced": "magenta",
    "senior": "bold red",
}


def _level(topic: Topic) -> Text:
    return Text(topic.level.value, style=_LEVEL_STYLE[topic.level.value])


def render_roadmap(cur: Curriculum, status: Mapping[str, str] | None = None) -> Tree:
    """Sections in order; inside each, its topics in learning order, numbered globally."""
    position = {topic.slug: n for n, topic in enumerate(cur.learning_order(), start=1)}
    tree = Tree(Text("pyhero roadmap", style="bold"))
    for section in cur.sections:
        branch = tree.add(Text(section.title, style="bold underline"))
        for slug in sorted(section.topics, key=position.__getitem__):
            topic = cur.topics[slug]
            line = Text()
            if status is not None:
                line.append(f"{status.get(slug, ' ')} ")
            line.append(f"{position[slug]:>3}. ", style="dim")
            line.append(topic.title)
            line.append(f"  {slug}  ", style="dim")
            line.append_text(_level(topic))
            exercises = len(cur.topic_exercises(slug))
            if exercises:
                line.append(f"  {exercises} exercise{'s' if exercises != 1 else ''}", style="dim")
            branch.add(line)
    return tree


def _bullets(title: str, items: Sequence[Text]) -> list[RenderableType]:
    """A bold title, then one bullet per item; wrapped lines stay under their bullet."""
    if not items:
        return []
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column()
    for item in items:
        grid.add_row("•", item)
    return [Text(""), Text(title, style="bold"), grid]


def _resource(resource: Resource, health: ResourceHealth | None) -> Text:
    """Title, kind and URL; then the link's last known health when there is news."""
    text = Text.assemble(
        (resource.title, Style(link=resource.url, underline=True)),
        (f"  [{resource.kind.value}]", "dim"),
    )
    if resource.current:
        text.append("  current", style="bold green")
    text.append("\n").append(resource.url, style=Style(link=resource.url, dim=True))
    if health is None:
        return text
    if health.dead:
        text.append(f"\n✗ {health.label}", style="bold red")
    elif health.use_instead:
        text.append(f"\n↪ {health.label}", style="cyan")
    elif health.status is not None and health.status.value == "unknown":
        text.append(f"\n? {health.label}", style="dim yellow")
    if health.use_instead:
        text.append("\n  use instead: ", style="bold").append(
            health.use_instead, style=Style(link=health.use_instead)
        )
    if health.outdated:
        text.append("\n  outdated: its current page is listed with this topic", style="yellow")
    return text


def render_topic(
    cur: Curriculum,
    topic: Topic,
    status: Mapping[str, str] | None = None,
    health: Mapping[str, ResourceHealth] | None = None,
) -> Group:
    """Everything about one topic: summary, key points, prerequisites, resources, exercises.

    ``health`` (resource URL -> :class:`~pyhero.links.ResourceHealth`) flags dead, moved and
    outdated links.
    """
    head = Text()
    if status is not None and topic.slug in status:
        head.append(f"{status[topic.slug]} ")
    head.append(topic.title, style="bold")
    head.append(f"  ({topic.slug}, ").append_text(_level(topic))
    head.append(f", section {cur.section(topic.section).title})")
    prereqs = [Text(f"{cur.topics[p].title} ({p})") for p in topic.prerequisites]
    resources = [_resource(r, (health or {}).get(r.url)) for r in topic.resources]
    exercises = [
        Text.assemble(e.title, (f"  {e.slug}, difficulty {e.difficulty}/10", "dim"))
        for e in cur.topic_exercises(topic.slug)
    ]
    unlocks = [Text(f"{t.title} ({t.slug})") for t in cur.dependents(topic.slug)]
    return Group(
        head,
        Text(""),
        Text(" ".join(topic.summary.split())),
        *_bullets("Key points", [Text(k) for k in topic.key_points]),
        *_bullets("Prerequisites", prereqs),
        *_bullets("Resources", resources),
        *_bullets("Exercises", exercises),
        *_bullets("Unlocks", unlocks),
    )


def render_search(hits: Sequence[SearchHit]) -> Group:
    """One line per hit (rank, kind, topic, title); a resource's URL on its own line."""
    lines: list[RenderableType] = []
    for n, hit in enumerate(hits, start=1):
        line = Text(f"{n:>3}. ", style="dim")
        line.append(f"{hit.kind:<9}", style="cyan" if hit.kind == "topic" else "magenta")
        line.append(f"{hit.topic:<24} ", style="bold")
        line.append(hit.title, style=Style(link=hit.url) if hit.url else "")
        line.append(f"  ({hit.score:.1f})", style="dim")
        lines.append(line)
        if hit.url:
            lines.append(Text(f"       {hit.url}", style=Style(link=hit.url, dim=True)))
    return Group(*lines)


def _markers(cur: Curriculum) -> dict[str, str] | None:
    from pyhero.cli._progress import progress_markers

    return progress_markers(cur)


def show_roadmap() -> None:
    cur = load_or_exit()
    markers = _markers(cur)
    console = Console()
    console.print(render_roadmap(cur, markers))
    if markers is not None:
        console.print("✓ done  ◐ started  · not started", style="dim")


def show_topic(slug: str) -> None:
    cur = load_or_exit()
    try:
        found = cur.topic(slug)
    except UnknownTopicError as exc:
        err = Console(stderr=True)
        err.print(Text(f"No topic {slug!r}.", style="bold red"))
        if exc.suggestions:
            err.print(f"Did you mean: {', '.join(exc.suggestions)}?", markup=False)
        err.print("Try: pyhero search TEXT, or pyhero roadmap.", markup=False)
        raise typer.Exit(1) from None
    Console().print(render_topic(cur, found, _markers(cur), _link_health(found)))


def _link_health(topic: Topic) -> dict[str, ResourceHealth]:
    """The resources' last known health from ``pyhero content links``' cache."""
    from pyhero.links import CACHE_FILE_NAME, read_link_health, topic_health

    return topic_health(topic, read_link_health(get_settings().cache_dir / CACHE_FILE_NAME))


def show_search(text: str, limit: int) -> None:
    cur = load_or_exit()
    hits = cur.search(text, limit=limit)
    console = Console()
    if not hits:
        console.print(f"No matches for {text!r}.", markup=False)
        return
    console.print(render_search(hits), soft_wrap=True)
