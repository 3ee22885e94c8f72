"""``pyhero env``: list with status, sync (a real uv build), unknown names refused."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.config import get_settings

from .cli_learner import CONTENT, EXERCISE_DIRS, ok, run, solve

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """Each command here reads the settings of its own environment variables."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _content(tmp_path: Path) -> dict[str, str]:
    content = tmp_path / "content"
    source = REPOSITORY / "content" / "environments" / "qol"
    shutil.copytree(source, content / "environments" / "qol")
    return {"PYHERO_CONTENT_DIR": str(content), "PYHERO_CACHE_DIR": str(tmp_path / "cache")}


def test_env_list_sync_and_list_again(tmp_path: Path) -> None:
    env = _content(tmp_path)
    before = run("env", "list", **env)
    assert before.exit_code == 0, before.output
    assert "qol" in before.stdout
    assert "not built" in before.stdout
    assert "pyhero env sync" in before.stdout
    synced = run("env", "sync", "qol", **env)
    assert synced.exit_code == 0, synced.output
    assert "built environments: qol" in synced.stdout
    assert "1 environment(s) ready" in synced.stdout
    after = run("env", "list", **env)
    assert "not built" not in after.stdout
    assert "sortedcontainers" in after.stdout
    again = run("env", "sync", **env)
    assert "built environments" not in again.stdout, "a built environment is not built again"


def test_env_sync_refuses_an_unknown_name(tmp_path: Path) -> None:
    result = run("env", "sync", "nope", **_content(tmp_path))
    assert result.exit_code == 1
    assert "Unknown environment(s): nope." in result.output
    assert "qol" in result.output


def test_the_env_group_lists_its_commands() -> None:
    out = run("env", "--help").stdout
    assert all(name in out for name in ("list", "sync", "prune"))


def test_init_builds_the_environments_the_exercises_need(
    learner_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """And ``check`` then grades such an exercise in its environment."""
    content = learner_home / "content"
    shutil.copytree(CONTENT, content)
    shutil.copytree(REPOSITORY / "content" / "environments" / "qol", content / "environments/qol")
    config_path = content / "exercises" / "vowel-count" / ".meta" / "config.json"
    config = json.loads(config_path.read_text())
    config["pyhero"]["environment"] = "qol"
    config_path.write_text(json.dumps(config))
    monkeypatch.setenv("PYHERO_CONTENT_DIR", str(content))
    monkeypatch.setenv("PYHERO_CACHE_DIR", str(learner_home / "cache"))
    get_settings.cache_clear()

    out = ok("init")

    assert "built environments: qol" in out
    assert list((learner_home / "cache" / "environments").glob("qol-*/pyhero-environment.json"))
    assert "built environments" not in ok("init"), "built once"
    solve(learner_home / "ws", f"{EXERCISE_DIRS['vowel-count']}/vowel_count.py", "vowel-count")
    checked = run("check", "vowel-count")
    assert checked.exit_code == 0, checked.output
    assert "passed" in checked.stdout
    shutil.rmtree(learner_home / "cache" / "environments")
    unbuilt = run("check", "vowel-count")
    assert unbuilt.exit_code == 1
    assert "pyhero env sync qol" in unbuilt.output, "graded in the environment, which is gone"
