"""The roadmap graph in Chromium: filters, zoom, highlighting, full names, skip link."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .accessibility import axe_violations
from .conftest import Browsing
from .live import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]

if TYPE_CHECKING:
    from playwright.sync_api import Page

if CHROMIUM.exists():
    from playwright.sync_api import expect


def _node(page: Page, slug: str) -> str:
    return f'svg.graph a.node[data-slug="{slug}"]'


def test_focus_lights_up_what_a_topic_needs_and_leads_to(browsing: Browsing) -> None:
    page = browsing.open("/")
    page.focus(_node(page, "comprehensions"))
    expect(page.locator("svg.graph")).to_have_class("graph highlighting")
    expect(page.locator(_node(page, "comprehensions"))).to_contain_class("hl-self")
    for before in ("numbers", "strings"):
        expect(page.locator(_node(page, before))).to_contain_class("hl-needs")
    expect(page.locator(_node(page, "packaging"))).to_contain_class("hl-leads")
    cross = page.locator('path.edge[data-from="strings"][data-to="comprehensions"]')
    expect(cross).to_be_visible()  # a link between sections, shown for the chain
    info = page.locator("#graph-info")
    expect(info).to_contain_text("Comprehensions, to do, intermediate, 1 exercise.")
    expect(info).to_contain_text("Needs: Strings (2 topics in all).")
    expect(info).to_contain_text("Leads to: Packaging (1 topic in all).")
    assert axe_violations(page) == []  # the faded boxes keep their text's contrast
    page.locator("h1").click()
    page.keyboard.press("Tab")  # focus leaves the graph
    expect(page.locator("svg.graph")).to_have_class("graph")
    expect(cross).to_be_hidden()


def test_the_graph_is_one_tab_stop_with_arrow_keys(browsing: Browsing) -> None:
    page = browsing.open("/")
    page.get_by_role("button", name="Fit width").focus()
    page.keyboard.press("Tab")
    first = page.locator(_node(page, "numbers"))
    expect(first).to_be_focused()
    page.keyboard.press("ArrowRight")  # to a topic it leads to
    expect(page.locator(_node(page, "strings"))).to_be_focused()
    page.keyboard.press("ArrowRight")  # across sections
    expect(page.locator(_node(page, "comprehensions"))).to_be_focused()
    page.keyboard.press("ArrowLeft")
    expect(page.locator(_node(page, "strings"))).to_be_focused()
    page.keyboard.press("End")
    expect(page.locator(_node(page, "packaging"))).to_be_focused()
    page.keyboard.press("Tab")  # one Tab leaves the graph
    expect(page.locator("#sections a").first).to_be_focused()
    page.keyboard.press("Shift+Tab")  # and comes back to the topic last focused
    expect(page.locator(_node(page, "packaging"))).to_be_focused()


def test_status_filters_work_without_javascript(browsing: Browsing) -> None:
    page = browsing.open("/", javascript=False)
    reading = page.locator("svg.graph a.node.none")
    expect(reading).to_have_count(2)
    page.get_by_label("reading only").uncheck()
    for index in range(2):
        expect(reading.nth(index)).to_be_hidden()
    expect(page.locator(_node(page, "numbers"))).to_be_visible()
    expect(page.locator("#graph-zoom")).to_be_hidden()  # zoom needs the script
    expect(page.locator("#graph-links")).to_be_hidden()  # so do links between sections


def test_links_between_sections_and_filtered_links(browsing: Browsing) -> None:
    page = browsing.open("/")
    cross = page.locator('path.edge.cross[data-from="strings"][data-to="comprehensions"]')
    expect(cross).to_have_count(1)
    expect(cross).to_be_hidden()
    page.get_by_label("between sections").check()
    expect(cross).to_be_visible()
    page.get_by_label("reading only").uncheck()  # strings is reading only: its links go
    expect(cross).to_be_hidden()
    expect(page.locator('path.edge[data-from="numbers"][data-to="strings"]')).to_be_hidden()
    page.get_by_label("reading only").check()
    expect(cross).to_be_visible()


def test_zoom_and_fit(browsing: Browsing) -> None:
    page = browsing.open("/", width=800)
    svg = page.locator("svg.graph")
    natural = float(svg.get_attribute("data-width") or 0)
    zoom = page.locator("#graph-zoom")
    expect(zoom).to_be_visible()
    page.get_by_role("button", name="Fit width").click()
    fitted = float(svg.get_attribute("width") or 0)
    box = page.locator("#graph-scroll").bounding_box()
    assert box is not None
    assert fitted <= box["width"]
    page.get_by_role("button", name="Zoom in").click()
    assert float(svg.get_attribute("width") or 0) > fitted
    level = page.locator("#zoom-level").inner_text()
    page.get_by_role("button", name="Zoom out").click()
    assert page.locator("#zoom-level").inner_text() != level
    assert natural > 0


def test_the_skip_links_jump_past_the_header_and_the_graph(browsing: Browsing) -> None:
    page = browsing.open("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.locator(".start-here a.button")).to_be_focused()
    page.get_by_role("link", name="Skip the graph: go to the list of sections").click()
    page.keyboard.press("Tab")
    expect(page.locator("#sections a").first).to_be_focused()
