"""Settings read from the environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.config import Settings, SettingsError, get_settings, user_data_dir


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


def test_variable_names_ignore_case_and_values_are_converted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("pyhero_port", "8123")
    monkeypatch.setenv("PYHERO_Team", "yes")
    monkeypatch.setenv("PYHERO_NOT_A_SETTING", "ignored")
    settings = Settings()
    assert (settings.port, settings.team) == (8123, True)


def test_keyword_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYHERO_LEARNER", "from-env")
    monkeypatch.setenv("PYHERO_HOST", "0.0.0.0")
    settings = Settings(learner="given")
    assert (settings.learner, settings.host) == ("given", "0.0.0.0")


def test_the_cache_directory_defaults_to_the_platform_cache_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("PYHERO_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert Settings().cache_dir == tmp_path / ".cache" / "pyhero"


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("fresh_settings")
def test_an_invalid_value_is_one_line_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYHERO_PORT", "99999")
    with pytest.raises(SettingsError) as raised:
        get_settings()
    assert str(raised.value) == (
        "PYHERO_PORT='99999' is invalid: input should be less than or equal to 65535."
    )


@pytest.mark.usefixtures("fresh_settings")
def test_each_invalid_variable_has_its_own_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYHERO_LOG_LEVEL", "loud")
    monkeypatch.setenv("PYHERO_GRADER_WORKERS", "many")
    with pytest.raises(SettingsError) as raised:
        get_settings()
    first, second = str(raised.value).splitlines()
    assert first.startswith("PYHERO_LOG_LEVEL='loud' is invalid: input should be 'debug'")
    assert second.startswith("PYHERO_GRADER_WORKERS='many' is invalid: input should be a valid")


def test_the_user_data_dir_follows_the_platform(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_data_dir() == tmp_path / "pyhero"
    assert Settings().database_url == f"sqlite:///{tmp_path / 'pyhero' / 'pyhero.db'}"
