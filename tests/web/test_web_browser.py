"""End to end in headless Chromium: roadmap → exercise → editor → run → progress."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import make_settings
from .live import CHROMIUM, CHROMIUM_ARGS, live_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]

if CHROMIUM.exists():
    from playwright.sync_api import Page, expect, sync_playwright


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with live_server(make_settings(tmp_path_factory.mktemp("browser"))) as server:
        yield server.url


@pytest.fixture
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 900})
        finally:
            browser.close()


def _replace_code(page: Page, lines: list[str]) -> None:
    """Type into CodeMirror like a learner: select all, delete, type line by line."""
    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    for index, line in enumerate(lines):
        if index:
            page.keyboard.press("Enter")
        page.keyboard.type(line)


def test_solve_an_exercise_in_the_browser(base_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(base_url + "/")
    expect(page.locator("h1")).to_have_text("Roadmap")
    page.locator("ul.topics").get_by_role("link", name="Numbers and arithmetic").click()
    expect(page.locator("h1")).to_contain_text("Numbers and arithmetic")
    page.get_by_role("link", name="Add numbers").click()
    expect(page.locator(".cm-editor")).to_be_visible()  # CodeMirror mounted

    _replace_code(page, ["def add(a, b):", "return a - b"])
    page.get_by_role("button", name="Run tests").click()
    expect(page.locator("#results .verdict")).to_be_visible()
    expect(page.locator("#results li.test-fail")).to_have_count(3)
    expect(page.locator("#results > pre.message")).to_have_count(0)  # no message: none shown
    expect(page.locator("#results details[open]")).to_have_count(1)
    expect(page.locator("#results details[open] summary")).to_contain_text(
        "test_adds_two_positive_numbers"
    )

    _replace_code(page, ["def add(a, b):", "return a + b"])
    source = page.locator("textarea[data-file='add_numbers.py']").input_value()
    assert "return a + b" in source
    page.get_by_role("button", name="Run tests").click()
    expect(page.locator("#results .verdict")).to_have_attribute("data-verdict", "passed")
    expect(page.locator("#results li.test-pass")).to_have_count(3)
    expect(page.locator("#exercise-status")).to_contain_text("done")

    page.get_by_role("button", name="Show hint 1 of 2").click()
    expect(page.locator("#hint-list li")).to_have_count(1)

    page.get_by_role("link", name="Progress").click()
    expect(page.locator("#exercises-done")).to_have_text("1/2")

    page.goto(base_url + "/exercises/add-numbers")  # the code is kept between visits
    expect(page.locator(".cm-content")).to_contain_text("return a + b")
