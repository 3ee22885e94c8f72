"""``pyhero serve --team``, ``pyhero worker`` and ``pyhero team``: one clear line naming
whatever team mode is missing; the team server really serving; accounts, cohorts,
invitations and password resets from the terminal, audited."""

from __future__ import annotations

import getpass
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from pyhero.cli import app
from pyhero.config import get_settings
from pyhero.progress import open_team_store

from .conftest import FIXTURE_CONTENT, Services
from .services import ROOT, wait_for


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.setenv("PYHERO_CONTENT_DIR", str(FIXTURE_CONTENT))
    monkeypatch.setenv("PYHERO_DATABASE_URL", f"sqlite:///{tmp_path / 'progress.db'}")
    monkeypatch.delenv("PYHERO_REDIS_URL", raising=False)
    monkeypatch.delenv("PYHERO_TEAM", raising=False)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.output


def test_the_team_server_names_everything_it_is_missing_on_one_line(
    env: pytest.MonkeyPatch,
) -> None:
    for command in (["serve", "--team"], ["worker"]):
        code, output = run(*command)
        assert code == 1
        lines = output.strip().splitlines()
        assert len(lines) == 1, output
        (line,) = lines
        what = "the team server" if command[0] == "serve" else "a grading worker"
        assert line.startswith(f"Cannot start {what}: it needs PostgreSQL (PYHERO_DATABASE_URL")
        assert "; Redis (set PYHERO_REDIS_URL" in line
    env.setenv("PYHERO_TEAM", "1")
    get_settings.cache_clear()
    code, output = run("serve")
    assert code == 1
    assert output.startswith("Cannot start the team server:")


@pytest.mark.redis
def test_an_unreachable_postgres_and_local_isolation_are_named(
    env: pytest.MonkeyPatch, redis_url: str
) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    env.setenv("PYHERO_DATABASE_URL", f"postgresql+psycopg://nobody@127.0.0.1:{port}/none")
    env.setenv("PYHERO_REDIS_URL", redis_url)
    env.setenv("PYHERO_GRADER_ISOLATION", "local")
    get_settings.cache_clear()
    code, output = run("serve", "--team")
    assert code == 1
    assert len(output.strip().splitlines()) == 1
    assert f"PostgreSQL at postgresql+psycopg://nobody@127.0.0.1:{port}/none (" in output
    assert "Redis" not in output  # Redis is there
    assert "bubblewrap isolation (PYHERO_GRADER_ISOLATION is local: unset it)" in output


@pytest.mark.postgres
def test_team_commands_manage_accounts_and_cohorts_with_an_audit(
    services: Services, env: pytest.MonkeyPatch
) -> None:
    env.setenv("PYHERO_DATABASE_URL", services.database_url)
    env.setenv("PYHERO_PUBLIC_URL", "https://pyhero.example.com")
    get_settings.cache_clear()
    code, output = run("team", "create-admin", "root", "--password-stdin", stdin="short\n")
    assert code == 1
    assert "A password needs at least 10 characters." in output
    code, output = run(
        "team", "create-admin", "root", "--name", "Root", "--password-stdin",
        stdin="admin-password-1\n",
    )  # fmt: skip
    assert code == 0, output
    assert "Created admin root" in output
    code, output = run("team", "create-admin", "root", "--password-stdin", stdin="x" * 12 + "\n")
    assert code == 1
    assert "The name 'root' is taken." in output
    code, output = run("team", "create-cohort", "Autumn", "--mentor", "root")
    assert code == 0, output
    code, output = run("team", "invite", "--cohort", "Autumn", "--note", "for Ada")
    assert code == 0, output
    link = output.strip().splitlines()[0]
    assert link.startswith("https://pyhero.example.com/signup/")
    code, output = run("team", "invite", "--cohort", "Winter")
    assert (code, output.strip()) == (1, "No cohort named 'Winter'.")
    code, output = run("team", "invite", "--role", "owner")
    assert code == 1
    assert "unknown role 'owner'" in output.lower()
    code, output = run(
        "team", "reset-password", "root", "--password-stdin", stdin="new-pass-word-2\n"
    )
    assert code == 0, output
    code, output = run("team", "set-role", "root", "learner")
    assert (code, output.strip()) == (1, "This is the last admin: make another admin first.")
    code, output = run("team", "users")
    assert output.split() == ["root", "admin", "Root"]

    with open_team_store(services.database_url) as store:
        actor = f"cli:{getpass.getuser()}"
        log = [(e.actor, e.action, e.target) for e in reversed(store.accounts.audit_log())]
        assert log[0] == (actor, "create-user", "root")
        assert log[1] == (actor, "create-cohort", "Autumn")
        assert log[2][:2] == (actor, "invite")
        assert log[3] == (actor, "reset-password", "root")
        credentials = store.accounts.credentials("root")
        assert credentials is not None
        from pyhero.team._security import verify_password

        assert verify_password(credentials[1], "new-pass-word-2")


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.sandbox
@pytest.mark.usefixtures("bubblewrap")
def test_serve_team_starts_the_team_server(services: Services, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "PYHERO_CONTENT_DIR": str(FIXTURE_CONTENT),
        "PYHERO_DATABASE_URL": services.database_url,
        "PYHERO_REDIS_URL": services.redis_url,
        "PYHERO_CACHE_DIR": str(tmp_path / "cache"),
        "PYHERO_PORT": str(port),
    }
    command = [sys.executable, "-c", "from pyhero.cli import main; main()", "serve", "--team"]
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:

        def answers() -> bool:
            assert server.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                return httpx.get(f"http://127.0.0.1:{port}/login", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        wait_for(answers, 120, "the team server to answer")
        home = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert home.status_code == 303
        assert home.headers["location"] == "/login?next=/"
        assert "server" not in home.headers
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    assert "pyhero team server on http://127.0.0.1:" in (tmp_path / "serve.log").read_text()
