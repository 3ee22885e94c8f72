"""Draws the prerequisite graph as SVG: topics in columns by depth, edges as curves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from pyhero.curriculum import Topic

__all__ = ["GraphLayout", "layout_graph", "render_svg"]

_NODE_W = 190
_NODE_H = 26
_COL_GAP = 70
_ROW_GAP = 10
_MARGIN = 16


@dataclass(frozen=True, slots=True)
class _Node:
    topic: Topic
    x: int
    y: int


@dataclass(frozen=True, slots=True)
class GraphLayout:
    nodes: dict[str, _Node]
    edges: list[tuple[str, str]]
    width: int
    height: int


def layout_graph(order: Sequence[Topic]) -> GraphLayout:
    """Columns are the longest prerequisite chain ending at a topic; within a column, topics
    are ordered by the mean row of their prerequisites, then by ``order``."""
    depth: dict[str, int] = {}
    for topic in order:
        depth[topic.slug] = 1 + max(
            (depth[p] for p in topic.prerequisites if p in depth), default=-1
        )
    columns: dict[int, list[Topic]] = {}
    for topic in order:
        columns.setdefault(depth[topic.slug], []).append(topic)
    row_of: dict[str, int] = {}
    for column in sorted(columns):
        # Barycentre ordering: a topic sits near the rows of its prerequisites, which
        # untangles most edges; ties keep the learning order.
        topics = columns[column]
        position = {t.slug: i for i, t in enumerate(topics)}

        def weight(topic: Topic, position: dict[str, int] = position) -> tuple[float, int]:
            rows = [row_of[p] for p in topic.prerequisites if p in row_of]
            return (sum(rows) / len(rows) if rows else -1.0, position[topic.slug])

        topics.sort(key=weight)
        row_of.update({t.slug: i for i, t in enumerate(topics)})
    nodes: dict[str, _Node] = {}
    for column, topics in columns.items():
        for row, topic in enumerate(topics):
            nodes[topic.slug] = _Node(
                topic,
                _MARGIN + column * (_NODE_W + _COL_GAP),
                _MARGIN + row * (_NODE_H + _ROW_GAP),
            )
    edges = [(p, t.slug) for t in order for p in t.prerequisites if p in nodes]
    tallest = max((len(topics) for topics in columns.values()), default=0)
    return GraphLayout(
        nodes=nodes,
        edges=edges,
        width=2 * _MARGIN + len(columns) * (_NODE_W + _COL_GAP) - _COL_GAP,
        height=2 * _MARGIN + tallest * (_NODE_H + _ROW_GAP) - _ROW_GAP,
    )


def _label(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_svg(layout: GraphLayout, status: Mapping[str, str], url_prefix: str = "/topics/") -> str:
    """The graph as an inline SVG document; each node links to its topic page.

    ``status`` maps topic slugs to ``done`` / ``attempted`` / ``pending``; the class of each
    node carries it so the stylesheet colours the graph.
    """
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" role="img" '
        f'aria-label="Prerequisite graph" width="{layout.width}" height="{layout.height}" '
        f'viewBox="0 0 {layout.width} {layout.height}">'
    ]
    for source, target in layout.edges:
        a, b = layout.nodes[source], layout.nodes[target]
        x1, y1 = a.x + _NODE_W, a.y + _NODE_H // 2
        x2, y2 = b.x, b.y + _NODE_H // 2
        bend = (x2 - x1) // 2
        parts.append(
            f'<path class="edge" d="M{x1},{y1} C{x1 + bend},{y1} {x2 - bend},{y2} {x2},{y2}"/>'
        )
    for slug, node in layout.nodes.items():
        state = status.get(slug, "none")
        title = escape(node.topic.title)
        parts.append(
            f'<a href="{escape(url_prefix + slug)}" class="node {state} '
            f'level-{node.topic.level.value}" data-slug="{escape(slug)}">'
            f"<title>{title} ({node.topic.level.value}, {state})</title>"
            f'<rect x="{node.x}" y="{node.y}" width="{_NODE_W}" height="{_NODE_H}" rx="5"/>'
            f'<text x="{node.x + 8}" y="{node.y + 17}">{escape(_label(node.topic.title))}</text>'
            "</a>"
        )
    parts.append("</svg>")
    return "".join(parts)
