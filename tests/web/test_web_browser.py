"""End to end in headless Chromium: roadmap → exercise → editor → run → progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .conftest import Browsing
from .live import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

if CHROMIUM.exists():
    from playwright.sync_api import expect


def replace_code(page: Page, lines: list[str]) -> None:
    """Type into CodeMirror like a learner: select all, delete, type line by line."""
    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    for index, line in enumerate(lines):
        if index:
            page.keyboard.press("Enter")
        page.keyboard.type(line)


def _in_view(page: Page, locator: Locator) -> bool:
    box = locator.bounding_box()
    viewport = page.viewport_size
    assert box is not None
    assert viewport is not None
    return box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]


def test_solve_an_exercise_in_the_browser(browsing: Browsing) -> None:
    page = browsing.open("/")
    expect(page.locator("h1")).to_have_text("Roadmap")
    expect(page.locator(".start-here")).to_contain_text("Start here")
    page.locator("ul.topics").get_by_role("link", name="Numbers and arithmetic").click()
    expect(page.locator("h1")).to_contain_text("Numbers and arithmetic")
    page.get_by_role("link", name="Add numbers").click()
    expect(page.locator(".cm-editor")).to_be_visible()  # CodeMirror mounted
    expect(page.get_by_role("textbox", name="add_numbers.py")).to_be_visible()

    replace_code(page, ["def add(a, b):", "return a - b"])
    page.get_by_role("button", name="Run tests").click()
    summary = page.locator("#results-summary")
    expect(summary).to_contain_text("0 of 3 tests passed")
    expect(summary).to_be_focused()
    expect(page.locator("#run-announcer")).to_have_text(
        summary.inner_text().replace("\n", " ").strip()
    )
    # the summary and the editor are both in sight at 1366 x 900
    assert _in_view(page, summary)
    assert _in_view(page, page.locator(".cm-editor"))
    expect(page.locator("#results li.test-fail")).to_have_count(3)
    expect(page.locator("#results > pre.message")).to_have_count(0)  # no message: none shown
    expect(page.locator("#results details[open]")).to_have_count(1)
    expect(page.locator("#results details[open] summary")).to_contain_text(
        "test_adds_two_positive_numbers"
    )
    assert page.url.endswith("/exercises/add-numbers")

    replace_code(page, ["def add(a, b):", "return a + b"])
    source = page.locator("textarea[data-file='add_numbers.py']").input_value()
    assert "return a + b" in source
    page.keyboard.press("Control+Enter")  # runs the tests, inserts no line
    expect(summary).to_have_attribute("data-verdict", "passed")
    assert "return a + b\n" not in page.locator("textarea[data-file]").input_value()
    expect(page.locator("#results li.test-pass")).to_have_count(3)
    expect(page.locator("#exercise-status")).to_contain_text("done")
    expect(page.locator("#attempts li")).to_have_count(2)

    page.get_by_role("button", name="Show hint 1 of 2").click()
    expect(page.locator("#hint-list li")).to_have_count(1)

    page.get_by_role("link", name="Progress").click()
    expect(page.locator("#exercises-done")).to_have_text("1/2")

    page.goto(browsing.live.url + "/exercises/add-numbers")  # code and results are kept
    expect(page.locator(".cm-content")).to_contain_text("return a + b")
    expect(page.locator("#results-summary")).to_contain_text("3 of 3 tests passed")


def test_without_javascript_the_run_posts_then_redirects(browsing: Browsing) -> None:
    page = browsing.open("/exercises/word-lengths", javascript=False)
    page.locator("textarea").fill("def word_lengths(text):\n    return {}\n")
    page.get_by_role("button", name="Run tests").click()
    expect(page.locator("#results-summary")).to_contain_text("1 of 3 tests passed")
    assert page.url == f"{browsing.live.url}/exercises/word-lengths?ran=1"
    expect(page.locator("#results-summary")).to_be_focused()
    page.get_by_label("Failures only (2)").check()  # a CSS filter: no script needed
    expect(page.locator("#results li.test-pass")).to_be_hidden()
    expect(page.locator("#results li.failure")).to_have_count(2)
    expect(page.locator("#results h3:visible")).to_have_count(1)  # task 1: no failure
    page.reload()  # no "resubmit the form?": the page was got, not posted
    expect(page.locator("#results-summary")).to_contain_text("1 of 3 tests passed")


def test_the_api_docs_work_offline_under_the_content_security_policy(
    browsing: Browsing,
) -> None:
    page = browsing.open("/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("pyhero")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.reload()
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("pyhero")
    assert requested
    assert all(url.startswith(browsing.live.url) for url in requested), requested
