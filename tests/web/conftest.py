"""Fixtures for the web tests: one app per session on a fixture curriculum, a temp database
and workspace, and a fresh learner for every test (through the learner dependency)."""

from __future__ import annotations

import shutil
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI

from pyhero.config import Settings
from pyhero.web import create_app
from pyhero.web.deps import get_learner

with warnings.catch_warnings():
    # Starlette warns that it prefers httpx2 over httpx; the behaviour is the same.
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

FIXTURE_CONTENT = Path(__file__).parents[1] / "fixtures" / "web" / "content"

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
