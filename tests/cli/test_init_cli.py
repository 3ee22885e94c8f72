"""``pyhero init``: inside a workspace it updates that workspace, never nests a second one;
it says how to get into the workspace it made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_learner import EXERCISE_DIRS, ok, run, solve


def manifests(root: Path) -> list[Path]:
    return sorted(root.rglob("workspace.json"))


def test_init_inside_a_workspace_updates_it_in_place(
    learner_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = learner_home / "ws"
    ok("init")
    (ws / EXERCISE_DIRS["vowel-count"] / "vowel_count.py").unlink()
    monkeypatch.chdir(ws / "01-basics")
    monkeypatch.delenv("PYHERO_WORKSPACE_DIR")  # found from the current directory, as usual

    out = ok("init")

    assert f"Workspace {ws}: 0 exercise(s) added, 4 already there" in out
    assert "restored missing" in out
    assert (ws / EXERCISE_DIRS["vowel-count"] / "vowel_count.py").is_file()
    assert manifests(learner_home) == [ws / ".pyhero" / "workspace.json"]
    assert "cd " not in out  # already inside


def test_check_then_grades_the_learners_file_not_a_copy(
    learner_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = learner_home / "ws"
    ok("init")
    monkeypatch.chdir(ws)
    monkeypatch.delenv("PYHERO_WORKSPACE_DIR")
    ok("init")
    solve(ws, f"{EXERCISE_DIRS['greet-by-name']}/greet_by_name.py", "greet-by-name")
    assert "✔ greet-by-name passed" in ok("check", "greet-by-name")


def test_a_directory_inside_a_workspace_is_refused(
    learner_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = learner_home / "ws"
    ok("init")
    monkeypatch.chdir(ws)

    result = run("init", "01-basics/mine")

    assert result.exit_code == 1
    assert f"01-basics/mine is inside the workspace {ws}:" in result.stderr
    assert f"run: pyhero init {ws}" in result.stderr
    assert not (ws / "01-basics" / "mine").exists()
    assert manifests(learner_home) == [ws / ".pyhero" / "workspace.json"]


def test_the_workspace_root_itself_may_be_named(
    learner_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = learner_home / "ws"
    ok("init")
    monkeypatch.chdir(ws / "02-tooling")
    assert "0 exercise(s) added, 4 already there" in ok("init", str(ws))


def test_init_dir_says_cd_dir_next(learner_home: Path) -> None:
    out = ok("init", "my ws")
    assert out.splitlines()[-3:] == ["Next:", "  cd 'my ws'", "  pyhero next"]
    manifest = json.loads((learner_home / "my ws" / ".pyhero" / "workspace.json").read_text())
    assert set(manifest["exercises"]) == set(EXERCISE_DIRS)
