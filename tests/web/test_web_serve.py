"""``pyhero serve`` refuses clearly what it cannot do, before starting uvicorn."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pyhero.cli import app
from pyhero.config import get_settings

from .conftest import FIXTURE_CONTENT


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PYHERO_CONTENT_DIR", str(FIXTURE_CONTENT))
    monkeypatch.setenv("PYHERO_DATABASE_URL", f"sqlite:///{tmp_path / 'progress.db'}")
    monkeypatch.setenv("PYHERO_WORKSPACE_DIR", str(tmp_path / "workspace"))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_a_busy_port_is_reported_with_a_way_out(env: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--port", str(port)])
    assert result.exit_code == 1
    assert f"port {port} on 127.0.0.1 is already in use (try --port {port + 1})" in result.output
    assert "Traceback" not in result.output


def test_broken_content_is_listed_instead_of_a_traceback(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYHERO_CONTENT_DIR", str(env / "nowhere"))
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 1
    assert "directory not found" in result.output
    assert "Traceback" not in result.output


def test_a_damaged_database_is_reported(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = env / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("PYHERO_DATABASE_URL", f"sqlite:///{broken}")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 1
    assert "damaged or not a database" in result.output
