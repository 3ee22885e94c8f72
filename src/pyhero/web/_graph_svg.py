"""Draws the prerequisite graph as SVG: one lane per section, topics in columns by depth.

Within a lane a topic's column is the longest chain of prerequisites from its own section
that ends at it; a column with more topics than the lane has rows wraps into the next one.
Links inside a section are drawn here; links between sections are drawn by
``static/graph.js`` from each node's ``data-needs`` and shown only when asked (for a
highlighted topic, or all of them with a checkbox), which keeps the picture readable and
the page small. Every node names its status in words and with a glyph, not by colour.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from pyhero.curriculum import Curriculum, Section, Topic

__all__ = ["STATUS_GLYPHS", "STATUS_WORDS", "GraphLayout", "layout_graph", "render_svg"]

NODE_W = 208
NODE_H = 40
_COL_GAP = 40
_ROW_GAP = 10
_LANE_HEAD = 34
_LANE_PAD = 12
_MARGIN = 12
_MAX_COLUMNS = 5
_LINE_CHARS = 25

STATUS_WORDS = {
    "done": "done",
    "attempted": "in progress",
    "pending": "to do",
    "none": "reading only",
}
STATUS_GLYPHS = {"done": "✓", "attempted": "◐", "pending": "○", "none": "≡"}


@dataclass(frozen=True, slots=True)
class _Node:
    topic: Topic
    x: int
    y: int


@dataclass(frozen=True, slots=True)
class _Lane:
    section: Section
    y: int
    height: int


@dataclass(frozen=True, slots=True)
class GraphLayout:
    nodes: dict[str, _Node]
    lanes: tuple[_Lane, ...]
    edges: list[tuple[str, str]]
    width: int
    height: int


def _rows_for(counts: Sequence[int]) -> int:
    """Fewest rows that fit the lane's depth columns in ``_MAX_COLUMNS`` columns."""
    tallest = max(counts, default=1)
    for rows in range(1, tallest + 1):
        if sum(math.ceil(n / rows) for n in counts) <= _MAX_COLUMNS:
            return rows
    return tallest


def _lane_columns(topics: Sequence[Topic]) -> list[list[Topic]]:
    """The lane's topics in columns: by local depth, barycentre-ordered, wrapped."""
    own = {t.slug for t in topics}
    depth: dict[str, int] = {}
    for topic in topics:  # learning order: prerequisites come first
        local = [depth[p] for p in topic.prerequisites if p in own and p in depth]
        depth[topic.slug] = 1 + max(local, default=-1)
    by_depth: dict[int, list[Topic]] = {}
    for topic in topics:
        by_depth.setdefault(depth[topic.slug], []).append(topic)
    rows = _rows_for([len(v) for v in by_depth.values()])
    row_of: dict[str, float] = {}
    columns: list[list[Topic]] = []
    for level in sorted(by_depth):
        group = by_depth[level]
        position = {t.slug: i for i, t in enumerate(group)}

        def weight(topic: Topic, position: dict[str, int] = position) -> tuple[float, int]:
            # Barycentre ordering: a topic sits near the rows of its prerequisites.
            near = [row_of[p] for p in topic.prerequisites if p in row_of]
            return (sum(near) / len(near) if near else -1.0, position[topic.slug])

        group.sort(key=weight)
        for start in range(0, len(group), rows):
            column = group[start : start + rows]
            row_of.update({t.slug: float(i) for i, t in enumerate(column)})
            columns.append(column)
    return columns


def layout_graph(curriculum: Curriculum) -> GraphLayout:
    """Place every topic: lanes in section order, columns within each lane."""
    order = curriculum.learning_order()
    nodes: dict[str, _Node] = {}
    lanes: list[_Lane] = []
    widest = 1
    y = _MARGIN
    for section in curriculum.sections:
        topics = [t for t in order if t.section == section.slug]
        if not topics:
            continue
        columns = _lane_columns(topics)
        widest = max(widest, len(columns))
        top = y + _LANE_HEAD
        for index, column in enumerate(columns):
            for row, topic in enumerate(column):
                x = _MARGIN + _LANE_PAD + index * (NODE_W + _COL_GAP)
                nodes[topic.slug] = _Node(topic, x, top + row * (NODE_H + _ROW_GAP))
        tallest = max(len(c) for c in columns)
        height = _LANE_HEAD + tallest * (NODE_H + _ROW_GAP) - _ROW_GAP + _LANE_PAD
        lanes.append(_Lane(section, y, height))
        y += height + _ROW_GAP
    edges = [(p, t.slug) for t in order for p in t.prerequisites if p in nodes]
    width = 2 * (_MARGIN + _LANE_PAD) + widest * (NODE_W + _COL_GAP) - _COL_GAP
    return GraphLayout(nodes, tuple(lanes), edges, width, y - _ROW_GAP + _MARGIN)


def _lines(title: str) -> list[str]:
    """The title in at most two lines of ``_LINE_CHARS``; the second ends in … if cut."""
    words = title.split()
    first = ""
    while words and len(f"{first} {words[0]}".strip()) <= _LINE_CHARS:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one very long word
        return [title[: _LINE_CHARS - 1] + "…"] if len(title) > _LINE_CHARS else [title]
    rest = " ".join(words)
    if not rest:
        return [first]
    if len(rest) > _LINE_CHARS:
        rest = rest[: _LINE_CHARS - 1].rstrip() + "…"
    return [first, rest]


def _edge_path(a: _Node, b: _Node) -> str:
    x1, y1 = a.x + NODE_W, a.y + NODE_H // 2
    x2, y2 = b.x, b.y + NODE_H // 2
    # forwards: an S between the columns; backwards (another lane): a loop out and in
    bend = (x2 - x1) // 2 if x2 > x1 else 60
    return f"M{x1},{y1} C{x1 + bend},{y1} {x2 - bend},{y2} {x2},{y2}"


def _description(topic: Topic, state: str, exercises: int) -> str:
    """What a learner reads on hover and focus: full title, status, level, exercises."""
    parts = [topic.title, STATUS_WORDS.get(state, state), topic.level.value]
    if exercises:
        parts.append(f"{exercises} exercise{'' if exercises == 1 else 's'}")
    return ", ".join(parts)


def render_svg(
    layout: GraphLayout,
    status: Mapping[str, str],
    exercise_counts: Mapping[str, int] | None = None,
) -> str:
    """The graph as inline SVG; each node links to its topic page.

    ``status`` maps topic slugs to ``done`` / ``attempted`` / ``pending`` / ``none``; the
    class of each node carries it so the stylesheet can colour and filter them.
    """
    counts = exercise_counts or {}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" role="group" tabindex="-1" '
        f'aria-label="Prerequisite graph: {len(layout.nodes)} topics in '
        f'{len(layout.lanes)} sections" width="{layout.width}" height="{layout.height}" '
        f'viewBox="0 0 {layout.width} {layout.height}" data-width="{layout.width}" '
        f'data-height="{layout.height}">'
    ]
    for number, lane in enumerate(layout.lanes):
        parts.append(
            f'<rect class="lane lane-{number % 2}" x="{_MARGIN}" y="{lane.y}" '
            f'width="{layout.width - 2 * _MARGIN}" height="{lane.height}" rx="8"/>'
            f'<text class="lane-title" x="{_MARGIN + _LANE_PAD}" y="{lane.y + 22}">'
            f"{lane.section.order}. {escape(lane.section.title)}</text>"
        )
    for source, target in layout.edges:
        a, b = layout.nodes[source], layout.nodes[target]
        if a.topic.section == b.topic.section:  # links between lanes: static/graph.js
            parts.append(
                f'<path class="edge" data-from="{escape(source)}" data-to="{escape(target)}" '
                f'd="{_edge_path(a, b)}"/>'
            )
    for lane in layout.lanes:
        parts.append(
            f'<g role="group" aria-label="Section {lane.section.order}: '
            f'{escape(lane.section.title)}">'
        )
        for slug in lane.section.topics:
            node = layout.nodes.get(slug)
            if node is not None:
                parts.append(_node(node, status.get(slug, "none"), counts.get(slug, 0)))
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _node(node: _Node, state: str, exercises: int) -> str:
    topic = node.topic
    text = escape(_description(topic, state, exercises))
    lines = _lines(topic.title)
    first_y = node.y + (16 if len(lines) == 2 else 25)
    spans = "".join(
        f'<tspan x="{node.x + 26}" y="{first_y + 15 * i}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    needs = " ".join(topic.prerequisites)
    return (
        f'<a href="/topics/{escape(topic.slug)}" class="node {state}" '
        f'data-slug="{escape(topic.slug)}" data-needs="{escape(needs)}">'
        f"<title>{text}</title>"
        f'<rect x="{node.x}" y="{node.y}" width="{NODE_W}" height="{NODE_H}"/>'
        f'<text aria-hidden="true"><tspan class="glyph" x="{node.x + 8}" y="{node.y + 25}">'
        f"{STATUS_GLYPHS.get(state, '')}</tspan>{spans}</text>"
        "</a>"
    )
