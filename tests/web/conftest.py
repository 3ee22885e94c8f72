"""Fixtures for the web tests: one app per session on a fixture curriculum, a temp database
and workspace, and a fresh learner for every test (through the learner dependency); for the
browser tests one live server and one Chromium per session, a fresh learner per test."""

from __future__ import annotations

import shutil
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pytest
from fastapi import FastAPI, Request

from pyhero.config import Settings
from pyhero.web import create_app
from pyhero.web.deps import get_learner

from .live import CHROMIUM, CHROMIUM_ARGS, LiveServer, live_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

with warnings.catch_warnings():
    # Starlette warns that it prefers httpx2 over httpx; the behaviour is the same.
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

FIXTURE_CONTENT = Path(__file__).parents[1] / "fixtures" / "web" / "content"

HTML_PAGES = [
    "/",
    "/topics",
    "/topics/strings",
    "/exercises",
    "/exercises/add-numbers",
    "/progress",
    "/review",
]
"""One of each kind of page on the fixture curriculum."""

CORRECT_ADD = "def add(a: int, b: int) -> int:\n    return a + b\n"
WRONG_ADD = "def add(a: int, b: int) -> int:\n    return a - b\n"


def make_settings(root: Path, learner: str = "ada") -> Settings:
    """Settings on a private copy of the fixture content, database and workspace."""
    content = root / "content"
    if not content.exists():
        shutil.copytree(FIXTURE_CONTENT, content)
    return Settings(
        content_dir=content,
        database_url=f"sqlite:///{root / 'progress.db'}",
        workspace_dir=root / "workspace",
        cache_dir=root / "cache",
        learner=learner,
        grader_workers=1,
    )


@dataclass
class Web:
    """The running session app and its settings."""

    app: FastAPI
    client: TestClient
    settings: Settings


@pytest.fixture(autouse=True, scope="session")
def private_user_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A user data directory of the session's own: drafts saved while a learner has no
    workspace go there, never to the real one."""
    path = tmp_path_factory.mktemp("user-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(path))
        yield path


@pytest.fixture(scope="session")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    settings = make_settings(tmp_path_factory.mktemp("web"))
    app = create_app(settings)
    with TestClient(app) as client:
        yield Web(app, client, settings)


@dataclass
class Learner:
    name: str
    client: TestClient
    settings: Settings

    @property
    def workspace(self) -> Path:
        return self.settings.workspace_dir


@pytest.fixture
def learner(web: Web) -> Iterator[Learner]:
    """A learner nobody has used yet; the workspace is emptied afterwards."""
    name = f"learner-{uuid.uuid4().hex[:10]}"

    async def this_learner() -> str:
        return name

    web.app.dependency_overrides[get_learner] = this_learner
    try:
        yield Learner(name, web.client, web.settings)
    finally:
        web.app.dependency_overrides.pop(get_learner, None)
        shutil.rmtree(web.settings.workspace_dir, ignore_errors=True)


@pytest.fixture
def client(learner: Learner) -> TestClient:
    return learner.client


# ---- the browser tests: one uvicorn server and one Chromium for the whole session ----

LEARNER_HEADER = "x-test-learner"


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app on 127.0.0.1; each browser context names its own learner in a header."""
    with live_server(make_settings(tmp_path_factory.mktemp("live"))) as server:

        async def learner_of(request: Request) -> str:
            return request.headers.get(LEARNER_HEADER, "ada")

        server.app.dependency_overrides[get_learner] = learner_of
        yield server


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@dataclass
class Browsing:
    """Opens pages of the live app as one fresh learner, at a size and colour scheme."""

    live: LiveServer
    chromium: Browser
    learner: str
    contexts: list[BrowserContext]
    problems: list[str]
    """Script errors and console errors (a refused CSP load among them) of every page."""

    def open(
        self,
        path: str,
        width: int = 1366,
        height: int = 900,
        scheme: Literal["light", "dark"] = "light",
        javascript: bool = True,
    ) -> Page:
        context = self.chromium.new_context(
            viewport={"width": width, "height": height},
            color_scheme=scheme,
            java_script_enabled=javascript,
            extra_http_headers={LEARNER_HEADER: self.learner},
        )
        self.contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: self.problems.append(f"{path}: {error}"))
        page.on(
            "console",
            lambda message: (
                self.problems.append(f"{path}: {message.text}") if message.type == "error" else None
            ),
        )
        page.goto(self.live.url + path)
        return page


@pytest.fixture
def browsing(live: LiveServer, chromium: Browser) -> Iterator[Browsing]:
    session = Browsing(live, chromium, f"learner-{uuid.uuid4().hex[:10]}", [], [])
    try:
        yield session
    finally:
        for context in session.contexts:
            context.close()
    assert session.problems == [], "errors in the browser"
