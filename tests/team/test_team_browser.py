"""End to end in headless Chromium on the team server, with a real worker grading:
invite → sign up → solve → the mentor sees it and comments → the learner sees the comment
and replies. Every page passes axe-core and raises no script or CSP error."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from pyhero.progress import PathItem, open_team_store
from pyhero.team import accounts, create_app

from .conftest import PASSWORD, Services, worker_env
from .services import start_worker

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

from web.accessibility import axe_violations, page_width
from web.live import CHROMIUM, CHROMIUM_ARGS, LiveServer, live_server
from web.test_web_browser import replace_code

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.sandbox,
    pytest.mark.usefixtures("bubblewrap"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]

if CHROMIUM.exists():
    from playwright.sync_api import expect


@dataclass
class Stage:
    live: LiveServer
    browser: Browser
    contexts: list[BrowserContext]
    problems: list[str]

    def page(self, width: int = 1366, height: int = 900) -> Page:
        context = self.browser.new_context(viewport={"width": width, "height": height})
        self.contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: self.problems.append(f"{page.url}: {error}"))
        page.on(
            "console",
            lambda m: self.problems.append(f"{page.url}: {m.text}") if m.type == "error" else None,
        )
        return page

    def accessible(self, page: Page) -> None:
        assert axe_violations(page) == [], page.url


@pytest.fixture
def stage(services: Services, tmp_path: Path) -> Iterator[Stage]:
    from playwright.sync_api import sync_playwright

    settings = services.settings()
    worker = start_worker(worker_env(settings), tmp_path / "worker.log", services.redis_url)
    try:
        with (
            live_server(settings, factory=create_app) as live,
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
            stage = Stage(live, browser, [], [])
            try:
                yield stage
            finally:
                for context in stage.contexts:
                    context.close()
                browser.close()
            assert stage.problems == [], "errors in the browser"
    finally:
        worker.stop()


def sign_in(page: Page, base: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_invite_sign_up_solve_review_and_reply(stage: Stage, services: Services) -> None:
    base = stage.live.url
    with open_team_store(services.database_url) as store:
        grace = accounts.create_user(store, "grace", "Grace H", "mentor", PASSWORD, actor="t")
        cohort = accounts.create_cohort(store, "Autumn", grace, actor="t")
        store.cohorts.set_path(cohort.id, [PathItem(kind="section", slug="foundations")])
        link, _ = accounts.invite(
            store, services.settings(), "learner", actor="t", cohort=cohort, note="Ada"
        )
    invitation = base + "/signup/" + link.rsplit("/", 1)[1]

    # The learner signs up with the invitation link and lands signed in.
    ada = stage.page()
    ada.goto(invitation)
    expect(ada.locator("h1")).to_have_text("Sign up")
    expect(ada.locator("main")).to_contain_text("in the cohort Autumn")
    stage.accessible(ada)
    ada.get_by_label("User name").fill("ada")
    ada.get_by_label("Name (optional)").fill("Ada L")
    ada.get_by_label("Password", exact=True).fill(PASSWORD)
    ada.get_by_label("Password again").fill(PASSWORD)
    ada.get_by_role("button", name="Create my account").click()
    expect(ada.locator("h1")).to_have_text("Roadmap")
    expect(ada.get_by_role("navigation", name="Account")).to_contain_text("Sign out ada")

    # She solves an exercise: the run goes through the queue to the worker and back.
    ada.goto(f"{base}/exercises/add-numbers")
    replace_code(ada, ["def add(a, b):", "return a - b"])
    ada.get_by_role("button", name="Run tests").click()
    summary = ada.locator("#results-summary")
    expect(summary).to_contain_text("0 of 3 tests passed", timeout=60_000)
    replace_code(ada, ["def add(a, b):", "return a + b"])
    ada.keyboard.press("Control+Enter")
    expect(summary).to_have_attribute("data-verdict", "passed", timeout=60_000)
    expect(summary).to_be_focused()
    expect(ada.locator("#exercise-status")).to_contain_text("done")
    stage.accessible(ada)

    # The mentor sees it on the cohort dashboard and comments on a line of the attempt.
    mentor = stage.page()
    sign_in(mentor, base, "grace")
    mentor.goto(f"{base}/team")
    mentor.get_by_role("link", name="Autumn").click()
    expect(mentor.locator("#matrix")).to_contain_text("Ada L")
    stage.accessible(mentor)
    mentor.get_by_role("link", name="Ada L").click()
    expect(mentor.locator("h1")).to_contain_text("Ada L")
    stage.accessible(mentor)
    mentor.get_by_role("link", name="Add numbers").click()
    latest = mentor.locator("#attempt-2")
    expect(latest).to_contain_text("Attempt 2 · passed · 3/3 tests")
    expect(mentor.locator("#attempt-1")).to_contain_text("test_adds_two_positive_numbers")
    expect(latest.locator("table.diff ins")).to_contain_text("return a + b")
    stage.accessible(mentor)
    latest.get_by_role("button", name="Comment on line 2 of add_numbers.py").click()
    expect(latest.locator("input[name='line']")).to_have_value("2")
    expect(latest.get_by_label("Comment", exact=True)).to_be_focused()
    mentor.keyboard.type("Could this be one expression? Try sum().")
    latest.get_by_role("button", name="Comment", exact=True).click()
    expect(mentor.locator("#attempt-2 .comment")).to_contain_text("Try sum().")

    # The learner: an unread count in the header, the comment on the exercise page.
    ada.goto(f"{base}/")
    expect(ada.locator("#unread-count")).to_have_text("1 unread")
    ada.get_by_role("link", name="Reviews").click()
    ada.get_by_role("link", name="Add numbers").click()
    review = ada.locator("#review")
    expect(review).to_contain_text("Could this be one expression? Try sum().")
    expect(review.locator(".commented-line figcaption")).to_contain_text("line 2")
    expect(review.locator(".code-line")).to_contain_text("return a + b")
    stage.accessible(ada)
    review.get_by_label("Reply").fill("sum((a, b)) works too!")
    review.get_by_role("button", name="Reply").click()
    expect(ada.locator("#review")).to_contain_text("sum((a, b)) works too!")
    expect(ada.locator("#unread-count")).to_have_count(0)

    mentor.goto(f"{base}/team/reviews")
    expect(mentor.locator("main")).to_contain_text("sum((a, b)) works too!")
    stage.accessible(mentor)


def test_team_pages_fit_a_phone_and_pass_axe(stage: Stage, services: Services) -> None:
    base = stage.live.url
    with open_team_store(services.database_url) as store:
        root = accounts.create_user(store, "root", "Root", "admin", PASSWORD, actor="t")
        cohort = accounts.create_cohort(store, "A cohort with a long name", root, actor="t")
        store.cohorts.set_path(cohort.id, [])
    page = stage.page(360, 740)
    page.goto(f"{base}/login")
    stage.accessible(page)
    sign_in(page, base, "root")
    for path in ("/team", f"/team/cohorts/{cohort.id}", "/team/admin", "/team/reviews", "/"):
        page.goto(base + path)
        stage.accessible(page)
        assert page_width(page) <= 360, path
