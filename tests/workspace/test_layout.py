"""Building a workspace, re-running init, resolving files, reset and the reference."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pyhero.curriculum import Curriculum, load_curriculum
from pyhero.workspace import (
    MANIFEST,
    Workspace,
    WorkspaceError,
    find_workspace,
    locate_workspace,
)

from .conftest import CONTENT


def all_files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_init_lays_out_exercises_by_section_without_meta(workspace: Workspace) -> None:
    files = all_files(workspace.root)
    assert {
        "01-basics/greet-by-name/greet_by_name.py",
        "01-basics/greet-by-name/greet_by_name_test.py",
        "01-basics/greet-by-name/README.md",
        "01-basics/sum-of-squares/sum_of_squares.py",
        "02-tooling/vowel-count/vowel_count_test.py",
        "01-basics/call-counter/call_counter.py",
    } <= files
    assert not [f for f in files if ".meta" in f or "example" in f or "hidden" in f]
    assert not [f for f in files if f.endswith("hints.md")]
    assert files - {str(MANIFEST)} == {f for f in files if f.count("/") == 2}
    readme = (workspace.root / "01-basics/greet-by-name/README.md").read_text()
    assert "Hello, world!" in readme
    assert "pyhero check greet-by-name" in readme


def test_init_again_keeps_the_learners_work_and_restores_missing_files(
    workspace: Workspace,
) -> None:
    solution = workspace.exercise_dir("greet-by-name") / "greet_by_name.py"
    solution.write_text("# my work\n")
    test_file = workspace.exercise_dir("vowel-count") / "vowel_count_test.py"
    test_file.unlink()

    report = workspace.init()

    assert report.added == []
    assert sorted(report.kept) == sorted(workspace.curriculum.exercises)
    assert report.restored_files == [test_file]
    assert solution.read_text() == "# my work\n"
    assert test_file.is_file()


def test_init_adds_new_exercises_of_a_grown_curriculum(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content, ignore=shutil.ignore_patterns("call-counter"))
    ws = Workspace(tmp_path / "ws", load_curriculum(content))
    assert "call-counter" not in ws.init().added
    (ws.exercise_dir("greet-by-name") / "greet_by_name.py").write_text("# mine\n")

    shutil.copytree(CONTENT / "exercises" / "call-counter", content / "exercises" / "call-counter")
    grown = Workspace(tmp_path / "ws", load_curriculum(content))
    report = grown.init()

    assert report.added == ["call-counter"]
    assert (grown.exercise_dir("call-counter") / "call_counter.py").is_file()
    assert (grown.exercise_dir("greet-by-name") / "greet_by_name.py").read_text() == "# mine\n"


def test_files_resolve_to_their_exercise(workspace: Workspace) -> None:
    base = workspace.exercise_dir("sum-of-squares")
    assert workspace.resolve(base / "sum_of_squares.py") == "sum-of-squares"
    assert workspace.resolve(base) == "sum-of-squares"
    assert workspace.resolve(workspace.root) is None
    assert workspace.resolve(workspace.root.parent / "elsewhere.py") is None
    assert workspace.is_solution_file(base / "sum_of_squares.py")
    assert not workspace.is_solution_file(base / "sum_of_squares_test.py")
    assert find_workspace(base) == workspace.root
    assert find_workspace(workspace.root.parent) is None


def test_the_configured_workspace_wins_else_the_one_around_the_start(
    workspace: Workspace, curriculum: Curriculum, tmp_path: Path
) -> None:
    inside = workspace.exercise_dir("sum-of-squares")
    other = Workspace(tmp_path / "other", curriculum)
    other.init()
    missing = tmp_path / "missing"

    assert locate_workspace(other.root, start=inside) == other.root
    assert locate_workspace(missing, start=inside) == workspace.root
    assert locate_workspace(missing, start=tmp_path) == missing


def test_locating_expands_the_home_directory_and_defaults_to_the_cwd(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(workspace.root.parent))
    assert locate_workspace(Path("~") / workspace.root.name).resolve() == workspace.root

    monkeypatch.chdir(workspace.exercise_dir("greet-by-name"))
    assert locate_workspace(Path("nowhere")) == workspace.root


def test_reset_restores_the_stub_and_keeps_a_timestamped_backup(
    workspace: Workspace, curriculum: Curriculum
) -> None:
    solution = workspace.exercise_dir("greet-by-name") / "greet_by_name.py"
    solution.write_text("def greet(name): return 'mine'\n")

    (backup,) = workspace.reset("greet-by-name", now=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))

    assert backup.read_text() == "def greet(name): return 'mine'\n"
    assert "20260102T030405" in str(backup)
    stub = curriculum.exercises["greet-by-name"].spec.path / "greet_by_name.py"
    assert solution.read_text() == stub.read_text()
    assert workspace.resolve(backup) == "greet-by-name"
    assert not workspace.is_solution_file(backup)


def test_learner_files_and_reference(workspace: Workspace) -> None:
    assert workspace.solution_files("sum-of-squares") == {
        "sum_of_squares.py": (
            workspace.exercise_dir("sum-of-squares") / "sum_of_squares.py"
        ).read_text()
    }
    reference = workspace.reference_solution("sum-of-squares")
    assert list(reference) == ["sum_of_squares.py"]  # the learner's name, not .meta/example.py
    assert "sum(n * n" in reference["sum_of_squares.py"]


def test_clear_errors_for_unknown_exercises_missing_files_and_bad_manifests(
    workspace: Workspace,
) -> None:
    with pytest.raises(WorkspaceError, match="greet-by-name"):
        workspace.exercise("greet-by-nam")
    (workspace.exercise_dir("vowel-count") / "vowel_count.py").unlink()
    with pytest.raises(WorkspaceError, match="pyhero init"):
        workspace.solution_files("vowel-count")
    workspace.manifest_path.write_text("{not json")
    with pytest.raises(WorkspaceError, match=r"workspace\.json"):
        workspace.exercise_dir("vowel-count")


def test_an_unreadable_exercise_is_skipped_not_fatal(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    cur = load_curriculum(content)
    (content / "exercises" / "vowel-count" / "vowel_count_test.py").unlink()
    ws = Workspace(tmp_path / "ws", cur)

    report = ws.init()

    assert list(report.skipped) == ["vowel-count"]
    assert "vowel_count_test.py" in report.skipped["vowel-count"]
    assert "vowel-count" not in report.added
    assert (ws.exercise_dir("call-counter") / "call_counter.py").is_file()
    assert ws.exists()


def test_init_hands_out_the_files_the_tests_import(tmp_path: Path) -> None:
    """``files.editor`` (data modules, helpers) go to the learner with the tests."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    exercise = content / "exercises" / "vowel-count"
    config = json.loads((exercise / ".meta" / "config.json").read_text())
    config["files"]["editor"] = ["vowels_data.py"]
    (exercise / ".meta" / "config.json").write_text(json.dumps(config))
    (exercise / "vowels_data.py").write_text("VOWELS = 'aeiou'\n")
    ws = Workspace(tmp_path / "ws", load_curriculum(content))
    ws.init()
    assert (ws.exercise_dir("vowel-count") / "vowels_data.py").read_text() == "VOWELS = 'aeiou'\n"
