"""Settings read from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyhero.config import Settings


def test_a_tilde_in_a_directory_setting_is_the_home_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PYHERO_WORKSPACE_DIR", "~/ws")
    monkeypatch.setenv("PYHERO_CONTENT_DIR", "~/content")
    settings = Settings()
    assert settings.workspace_dir == tmp_path / "ws"
    assert settings.content_dir == tmp_path / "content"


def test_other_directory_settings_are_kept_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYHERO_WORKSPACE_DIR", "relative/ws")
    assert Settings().workspace_dir == Path("relative/ws")
