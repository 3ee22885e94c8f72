"""Team tests run against real services: PostgreSQL (``PYHERO_TEST_POSTGRES_URL``), Redis
(``PYHERO_TEST_REDIS_URL``, else a private ``redis-server``) and, for grading, real
``pyhero worker`` processes. Without a service the tests that need it skip, saying why."""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI
from redis import Redis

from pyhero.config import Settings
from pyhero.progress import Role, TeamStore, UserRecord, open_team_store
from pyhero.team import accounts, create_app

from .services import POSTGRES_ENV, REDIS_ENV, postgres_database, redis_server

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

FIXTURE_CONTENT = Path(__file__).parents[1] / "fixtures" / "web" / "content"
PASSWORD = "correct-horse-battery"
CORRECT_ADD = "def add(a: int, b: int) -> int:\n    return a + b\n"
WRONG_ADD = "def add(a: int, b: int) -> int:\n    return a - b\n"


@pytest.fixture(scope="session")
def bubblewrap() -> None:
    """Workers grade in bubblewrap only: skip where it cannot run."""
    from pyhero.grading import Grader, GraderError

    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed (.ci/run installs it)")
    try:
        Grader(workers=1, isolation="bubblewrap").close()
    except GraderError as exc:
        pytest.skip(f"bubblewrap does not work here: {exc}")


@pytest.fixture(scope="session")
def postgres_base() -> str:
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set (.ci/run starts PostgreSQL and sets it)")
    return base


@pytest.fixture(scope="session")
def redis_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Redis server: ``PYHERO_TEST_REDIS_URL`` (``.ci/run`` starts one), else a private
    ``redis-server`` on a free port; one database per xdist worker."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    database = 1 + (int(worker) if worker.isdigit() else 0)
    given = os.environ.get(REDIS_ENV)
    if given:
        yield urlsplit(given)._replace(path=f"/{database}").geturl()
        return
    if shutil.which("redis-server") is None:
        pytest.skip(f"{REDIS_ENV} is not set and redis-server is not installed")
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield f"{url}/{database}"


@pytest.fixture
def redis_url(redis_base: str) -> str:
    """The Redis database of this test, emptied first."""
    client = Redis.from_url(redis_base)
    try:
        client.flushdb()
    finally:
        client.close()
    return redis_base


def team_settings(root: Path, database_url: str, redis_url: str, **extra: object) -> Settings:
    content = root / "content"
    if not content.exists():
        shutil.copytree(FIXTURE_CONTENT, content)
    values: dict[str, object] = {
        "content_dir": content,
        "database_url": database_url,
        "redis_url": redis_url,
        "workspace_dir": root / "workspace",
        "cache_dir": root / "cache",
        "team": True,
        "grader_workers": 1,
        "job_timeout_seconds": 60,
        "secret_key": "test-secret-key-with-at-least-32-characters",
    }
    values.update(extra)
    return Settings(**values)


def worker_env(settings: Settings) -> dict[str, str]:
    """The environment a ``pyhero worker`` of these settings runs with."""
    return {
        "PYHERO_CONTENT_DIR": str(settings.content_dir),
        "PYHERO_DATABASE_URL": settings.database_url,
        "PYHERO_REDIS_URL": settings.redis_url or "",
        "PYHERO_CACHE_DIR": str(settings.cache_dir),
        "PYHERO_JOB_TIMEOUT_SECONDS": str(settings.job_timeout_seconds),
        "PYHERO_LOG_LEVEL": "info",
    }


@dataclass
class Team:
    """A running team app (its lifespan entered) and its store, with signed-in clients."""

    app: FastAPI
    settings: Settings
    store: TeamStore
    root: TestClient
    clients: list[TestClient] = field(default_factory=list)

    def user(self, username: str, role: Role = "learner") -> UserRecord:
        return accounts.create_user(
            self.store, username, username.title(), role, PASSWORD, actor="test"
        )

    def anonymous(self, address: str = "testclient") -> TestClient:
        client = TestClient(self.app, follow_redirects=False, client=(address, 50000))
        client.portal = self.root.portal  # the app's event loop, where its Redis pool lives
        self.clients.append(client)
        return client

    def client(self, username: str, password: str = PASSWORD) -> TestClient:
        """A browser signed in as ``username`` that sends its CSRF token with writes."""
        client = self.anonymous()
        response = client.post("/login", data={"username": username, "password": password})
        assert response.status_code == 303, response.text
        token = client.get("/api/team/me").json()["csrf_token"]
        client.headers["X-CSRF-Token"] = token
        return client


@contextmanager
def running_team(settings: Settings) -> Iterator[Team]:
    app = create_app(settings)
    with (
        TestClient(app, follow_redirects=False) as root,
        open_team_store(settings.database_url) as store,
    ):
        team = Team(app, settings, store, root)
        try:
            yield team
        finally:
            for client in team.clients:
                client.close()


@dataclass
class Services:
    """Fresh PostgreSQL database and Redis database for one test."""

    root: Path
    database_url: str
    redis_url: str

    def settings(self, **extra: object) -> Settings:
        return team_settings(self.root, self.database_url, self.redis_url, **extra)


@pytest.fixture
def services(tmp_path: Path, postgres_base: str, redis_url: str) -> Iterator[Services]:
    with postgres_database(postgres_base) as database_url:
        yield Services(tmp_path, database_url, redis_url)


@pytest.fixture
def team(services: Services) -> Iterator[Team]:
    """The team server on fixture content, PostgreSQL and Redis (no grading worker)."""
    with running_team(services.settings()) as running:
        yield running
