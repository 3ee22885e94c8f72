"""Every page in Chromium, desktop and 360 px, light and dark: axe finds nothing, nothing
scrolls sideways, no script error and no refused load (the CSP holds without breaking)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pytest

from pyhero.config import Settings, default_content_dir
from pyhero.curriculum import load_curriculum
from pyhero.workspace import Workspace

from .accessibility import axe_violations, page_width
from .conftest import CORRECT_ADD, HTML_PAGES, WRONG_ADD, Browsing
from .live import CHROMIUM, LiveServer, live_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]

MODES = [
    pytest.param(1366, 900, "light", id="desktop-light"),
    pytest.param(1366, 900, "dark", id="desktop-dark"),
    pytest.param(360, 740, "light", id="360px-light"),
    pytest.param(360, 740, "dark", id="360px-dark"),
]

PAGES = [*HTML_PAGES, "/exercises/word-lengths", "/exercises/add-numbers?compare=1"]


def _check(page: Page, width: int, where: str) -> None:
    page.wait_for_load_state("load")
    assert page_width(page) <= width, f"{where} scrolls sideways"
    assert axe_violations(page) == [], where


def _earn(browsing: Browsing, page: Page) -> None:
    """Progress to show: a failed then a passed run of add-numbers, a failed word-lengths."""
    for slug, code in (("add-numbers", WRONG_ADD), ("add-numbers", CORRECT_ADD)):
        page.request.post(f"{browsing.live.url}/api/exercises/{slug}/submit", data={"code": code})
    page.request.post(
        f"{browsing.live.url}/api/exercises/word-lengths/submit",
        data={"code": "def word_lengths(text):\n    return {}\n"},
    )


@pytest.mark.parametrize(("width", "height", "scheme"), MODES)
def test_every_page_is_accessible_and_fits(
    browsing: Browsing, width: int, height: int, scheme: Literal["light", "dark"]
) -> None:
    page = browsing.open("/", width, height, scheme)
    _check(page, width, "/ (a new learner)")
    _earn(browsing, page)
    for path in PAGES:
        page.goto(browsing.live.url + path)
        _check(page, width, path)
    page.goto(browsing.live.url + "/exercises/word-lengths")
    page.locator(".cm-editor").wait_for()
    page.get_by_role("button", name="Run tests").click()
    page.locator("#results-summary").wait_for()
    page.get_by_label("Failures only").check()
    _check(page, width, "word-lengths, failures only")
    page.get_by_role("button", name="Reset to starter…").click()
    _check(page, width, "the reset dialog")
    assert browsing.problems == []
    page.goto(browsing.live.url + "/topics/no-such-topic")
    _check(page, width, "the 404 page")
    assert [p for p in browsing.problems if "404 (Not Found)" not in p] == []
    browsing.problems.clear()  # the page's own 404, as it should be


@pytest.mark.parametrize(("width", "height", "scheme"), MODES)
def test_the_conflict_panel_is_accessible_and_fits(
    browsing: Browsing, width: int, height: int, scheme: Literal["light", "dark"]
) -> None:
    root = Path(str(browsing.live.app.state.web.settings.workspace_dir))
    workspace = Workspace(root, browsing.live.app.state.web.curriculum)
    workspace.init()
    try:
        page = browsing.open("/exercises/add-numbers", width, height, scheme)
        page.request.put(
            f"{browsing.live.url}/api/exercises/add-numbers/draft",
            data={"code": WRONG_ADD + "# a rather long comment line that must wrap on a phone\n"},
        )
        (workspace.exercise_dir("add-numbers") / "add_numbers.py").write_text(CORRECT_ADD)
        page.reload()
        assert page.locator("#conflict table.diff").count() == 1
        _check(page, width, "the conflict panel")
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app on the real curriculum (117 topics), for the pages whose size matters."""
    root = tmp_path_factory.mktemp("real")
    settings = Settings(
        content_dir=default_content_dir(),
        database_url=f"sqlite:///{root / 'progress.db'}",
        workspace_dir=root / "workspace",
        grader_workers=1,
    )
    with live_server(settings) as server:
        yield server


@pytest.mark.parametrize(("width", "height", "scheme"), MODES)
def test_the_real_roadmap_and_an_exercise_are_accessible_and_fit(
    real_site: LiveServer,
    chromium: Browser,
    width: int,
    height: int,
    scheme: Literal["light", "dark"],
) -> None:
    context = chromium.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        exercise = load_curriculum(default_content_dir()).exercise_order()[3].slug
        for path in ("/", "/topics", "/exercises", f"/exercises/{exercise}", "/progress"):
            page.goto(real_site.url + path)
            _check(page, width, path)
    finally:
        context.close()
    assert errors == []
