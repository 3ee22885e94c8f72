"""The CLI tests run on the learner fixture curriculum with a private store and workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.config import get_settings

from .cli_learner import CONTENT


@pytest.fixture
def learner_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Fixture content, ``ws`` as the workspace, a SQLite store and the user data directory,
    all under ``tmp_path``."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    monkeypatch.setenv("PYHERO_CONTENT_DIR", str(CONTENT))
    monkeypatch.setenv("PYHERO_DATABASE_URL", f"sqlite:///{tmp_path / 'data' / 'progress.db'}")
    monkeypatch.setenv("PYHERO_WORKSPACE_DIR", str(tmp_path / "ws"))
    monkeypatch.setenv("PYHERO_GRADER_WORKERS", "2")
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()
