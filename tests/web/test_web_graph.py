"""The prerequisite graph: columns follow prerequisites, nodes link to topics, text escaped."""

from __future__ import annotations

import re

from pyhero.curriculum import load_curriculum
from pyhero.web._graph_svg import layout_graph, render_svg

from .conftest import FIXTURE_CONTENT


def test_every_edge_runs_from_a_prerequisite_to_a_later_column() -> None:
    curriculum = load_curriculum(FIXTURE_CONTENT)
    layout = layout_graph(curriculum.learning_order())
    assert set(layout.nodes) == set(curriculum.topics)
    assert sorted(layout.edges) == sorted(
        (p, t.slug) for t in curriculum.topics.values() for p in t.prerequisites
    )
    for source, target in layout.edges:
        assert layout.nodes[source].x < layout.nodes[target].x
    ys = [(node.x, node.y) for node in layout.nodes.values()]
    assert len(set(ys)) == len(ys), "two topics drawn on the same spot"


def test_nodes_link_to_topics_and_carry_their_status() -> None:
    curriculum = load_curriculum(FIXTURE_CONTENT)
    svg = render_svg(layout_graph(curriculum.learning_order()), {"numbers": "done"})
    links = re.findall(r'<a href="/topics/([a-z-]+)" class="node (\w+) ', svg)
    assert dict(links) == {
        "numbers": "done",
        "strings": "none",
        "comprehensions": "none",
        "packaging": "none",
    }
    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
