"""The editor's tools, the theme toggle and framing, in headless Chromium."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .conftest import WRONG_ADD, Browsing
from .live import CHROMIUM
from .test_web_browser import replace_code

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]

if TYPE_CHECKING:
    from playwright.sync_api import Page

if CHROMIUM.exists():
    from playwright.sync_api import expect


def _code(page: Page) -> str:
    return page.locator("textarea[data-file='add_numbers.py']").input_value()


def test_reset_to_the_starter_asks_first_and_can_be_undone(browsing: Browsing) -> None:
    page = browsing.open("/exercises/add-numbers")
    replace_code(page, ["def add(a, b):", "return 42"])
    page.get_by_role("button", name="Reset to starter…").click()
    dialog = page.get_by_role("dialog", name="Reset to the starter code?")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Cancel").click()
    assert "return 42" in _code(page)
    page.get_by_role("button", name="Reset to starter…").click()
    dialog.get_by_role("button", name="Reset").click()
    expect(page.locator(".cm-content")).to_contain_text("NotImplementedError")
    assert "return 42" not in _code(page)
    undo = page.get_by_role("button", name="Undo reset")
    expect(undo).to_be_focused()
    undo.click()
    expect(page.locator(".cm-content")).to_contain_text("return 42")
    expect(undo).to_be_hidden()


def test_wrap_and_font_size_are_kept_in_this_browser(browsing: Browsing) -> None:
    page = browsing.open("/exercises/add-numbers", width=700)
    replace_code(page, ["x = '" + "long line " * 30 + "'"])
    scroller = page.locator(".cm-scroller")
    assert scroller.evaluate("e => e.scrollWidth > e.clientWidth")
    page.get_by_label("Wrap lines").check()
    expect(page.locator(".cm-content.cm-lineWrapping")).to_have_count(1)
    assert scroller.evaluate("e => e.scrollWidth <= e.clientWidth")
    page.get_by_label("Font size").select_option("20")
    assert page.locator(".cm-content").evaluate("e => getComputedStyle(e).fontSize") == "20px"
    page.reload()
    expect(page.get_by_label("Wrap lines")).to_be_checked()
    expect(page.get_by_label("Font size")).to_have_value("20")
    expect(page.locator(".cm-content.cm-lineWrapping")).to_have_count(1)
    assert page.locator(".cm-content").evaluate("e => getComputedStyle(e).fontSize") == "20px"


def test_compare_with_the_previous_attempt_in_place(browsing: Browsing) -> None:
    page = browsing.open("/exercises/add-numbers")
    expect(page.get_by_role("link", name="Compare with previous attempt")).to_be_hidden()
    replace_code(page, ["def add(a, b):", "return a - b"])
    page.get_by_role("button", name="Run tests").click()
    expect(page.locator("#results-summary")).to_contain_text("0 of 3")
    replace_code(page, ["def add(a, b):", "return a * b"])  # not saved yet: it is typed
    page.get_by_role("link", name="Compare with previous attempt").click()
    title = page.get_by_role("heading", name="Changes since a previous attempt")
    expect(title).to_be_focused()
    compare = page.locator("#compare")
    expect(compare.locator("del")).to_have_text(["return a - b"])
    expect(compare.locator("ins")).to_have_text(["return a * b"])
    assert page.url.endswith("/exercises/add-numbers")
    page.get_by_role("link", name="Close the comparison").click()
    expect(compare).to_be_hidden()


def test_the_theme_follows_the_system_until_the_toggle_says_otherwise(browsing: Browsing) -> None:
    page = browsing.open("/progress", scheme="dark")
    body = page.locator("body")
    dark = body.evaluate("e => getComputedStyle(e).backgroundColor")
    assert dark == "rgb(18, 22, 28)"
    toggle = page.get_by_role("button", name="Colour theme: auto")
    toggle.click()  # auto -> light
    expect(page.get_by_role("button", name="Colour theme: light")).to_be_visible()
    assert body.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(247, 247, 245)"
    page.goto(browsing.live.url + "/")  # kept across pages
    assert page.locator("html").get_attribute("data-theme") == "light"
    page.get_by_role("button", name="Colour theme: light").click()  # light -> dark
    assert body.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(18, 22, 28)"


@pytest.fixture
def other_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A static site on another port of 127.0.0.1: another origin."""
    # Chromium asks every site for its icon, sometimes after the test has looked at the
    # console: the site has one, so no 404 is ever logged.
    (tmp_path / "favicon.ico").write_bytes(b"")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    finally:
        server.shutdown()
        server.server_close()


def test_another_site_cannot_frame_the_exercise_page(
    browsing: Browsing, other_site: tuple[str, Path]
) -> None:
    url, root = other_site
    target = f"{browsing.live.url}/exercises/add-numbers"
    (root / "frame.html").write_text(
        f'<!doctype html><title>evil</title><iframe src="{target}"></iframe>'
    )
    page = browsing.open("/")  # a context of this learner
    page.request.put(
        f"{browsing.live.url}/api/exercises/add-numbers/draft", data={"code": WRONG_ADD}
    )
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text))
    page.goto(f"{url}/frame.html")
    page.wait_for_load_state("load")
    frame = page.frames[-1]
    assert frame is not page.main_frame
    assert frame.locator("#run-form").count() == 0
    assert any("frame-ancestors" in text for text in refused), refused
    browsing.problems.clear()  # the refusal is logged as an error, as it should be
