"""The prerequisite graph: lanes by section, columns by prerequisites, words beside colours."""

from __future__ import annotations

import re

from pyhero.config import default_content_dir
from pyhero.curriculum import load_curriculum
from pyhero.web._graph_svg import NODE_W, _lines, layout_graph, render_svg

from .conftest import FIXTURE_CONTENT


def test_each_section_is_a_lane_and_links_inside_it_run_forwards() -> None:
    curriculum = load_curriculum(FIXTURE_CONTENT)
    layout = layout_graph(curriculum)
    assert set(layout.nodes) == set(curriculum.topics)
    assert [lane.section.slug for lane in layout.lanes] == ["foundations", "practice"]
    assert sorted(layout.edges) == sorted(
        (p, t.slug) for t in curriculum.topics.values() for p in t.prerequisites
    )
    for lane in layout.lanes:
        for slug in lane.section.topics:
            node = layout.nodes[slug]
            assert lane.y < node.y < lane.y + lane.height
            assert node.x + NODE_W < layout.width
    for source, target in layout.edges:
        a, b = layout.nodes[source], layout.nodes[target]
        if a.topic.section == b.topic.section:
            assert a.x < b.x
    spots = [(node.x, node.y) for node in layout.nodes.values()]
    assert len(set(spots)) == len(spots), "two topics drawn on the same spot"


def test_the_real_curriculum_fits_six_columns() -> None:
    """The deepest lane is the beginner ramp's chain (basics, functions, classes, errors,
    files, iterators): six columns, drawn in one viewBox that scales to the screen."""
    curriculum = load_curriculum(default_content_dir())
    layout = layout_graph(curriculum)
    assert len(layout.nodes) == len(curriculum.topics)
    columns = {node.x for node in layout.nodes.values()}
    assert len(columns) <= 6
    assert layout.width < 1550


def test_nodes_link_to_topics_and_say_their_status_in_words() -> None:
    curriculum = load_curriculum(FIXTURE_CONTENT)
    svg = render_svg(layout_graph(curriculum), {"numbers": "done", "strings": "none"})
    links = re.findall(r'<a href="/topics/([a-z-]+)" class="node (\w+)"', svg)
    assert dict(links) == {
        "numbers": "done",
        "strings": "none",
        "comprehensions": "none",
        "packaging": "none",
    }
    assert "<title>Numbers and arithmetic, done, beginner</title>" in svg
    assert "<title>Strings, reading only, beginner</title>" in svg
    assert 'role="img"' not in svg
    assert 'role="group" aria-label="Section 1: Foundations"' in svg
    assert '<tspan class="glyph" x="32" y="71">✓</tspan>' in svg  # the glyph, beside the colour
    assert '<path class="edge" data-from="numbers" data-to="strings"' in svg
    assert 'data-from="strings"' not in svg  # between sections: drawn by static/graph.js


def test_long_titles_wrap_on_two_lines_then_end_in_an_ellipsis() -> None:
    assert _lines("Strings") == ["Strings"]
    assert _lines("Virtual machines for an isolated dev setup") == [
        "Virtual machines for an",
        "isolated dev setup",
    ]
    cut = _lines("Async IO enhancements (uvloop, asyncstdlib, aiomisc, py-memoize)")
    assert len(cut) == 2
    assert cut[1].endswith("…")
    assert all(len(line) <= 25 for line in cut)
