"""Building a run's directory: only solution files from the submission, tests from trusted."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from pyhero.exercise import load_exercise_spec
from pyhero.grading._workdir import (
    MAX_SOLUTION_BYTES,
    MAX_SUPPORT_BYTES,
    SubmissionError,
    build_workdir,
)

MakeExercise = Callable[..., Path]

FILES = {
    "demo.py": "def f():\n    return 1\n",
    "demo_test.py": "from demo import f\n\ndef test_f():\n    assert f() == 1\n",
    ".meta/example.py": "def f():\n    return 1\n",
    "hidden/more_test.py": "def test_more():\n    pass\n",
}


@pytest.fixture
def trusted(make_exercise: MakeExercise) -> Path:
    return make_exercise("demo", FILES, pyhero={"hidden_tests": ["hidden/more_test.py"]})


def test_copies_solution_and_tests_but_nothing_else(
    trusted: Path, make_exercise: MakeExercise, tmp_path: Path
) -> None:
    submission = make_exercise(
        "demo",
        {
            "demo.py": "def f():\n    return 2\n",
            "demo_test.py": "def test_fake():\n    pass\n",
            "conftest.py": "raise SystemExit\n",
            "pytest.ini": "[pytest]\n",
            "sitecustomize.py": "",
            "evil.pth": "import os\n",
        },
        parent=tmp_path / "learner",
    )
    run = tmp_path / "run"
    run.mkdir()
    tests = build_workdir(run, load_exercise_spec(trusted), solution_dir=submission)
    assert tests == ["demo_test.py", "hidden/more_test.py"]
    found = sorted(
        str(p.relative_to(run))
        for p in run.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    assert found == ["demo.py", "demo_test.py", "hidden/more_test.py"]
    compiled = sorted(str(p.relative_to(run)) for p in run.rglob("__pycache__/*.pyc"))
    assert [Path(name).name.split(".")[0] for name in compiled] == ["demo_test", "more_test"]
    assert (run / "demo.py").read_text() == "def f():\n    return 2\n"
    assert "test_f" in (run / "demo_test.py").read_text()  # the trusted test, not the fake


def test_refuses_a_symlinked_solution(trusted: Path, tmp_path: Path) -> None:
    (trusted / "demo.py").unlink()
    (trusted / "demo.py").symlink_to("/etc/passwd")
    run = tmp_path / "run"
    run.mkdir()
    with pytest.raises(SubmissionError, match="symbolic link"):
        build_workdir(run, load_exercise_spec(trusted), solution_dir=trusted)
    assert not (run / "demo.py").exists()


def test_refuses_oversized_and_non_regular_files(trusted: Path, tmp_path: Path) -> None:
    spec = load_exercise_spec(trusted)
    (trusted / "demo.py").write_bytes(b"#" * (MAX_SOLUTION_BYTES + 1))
    with pytest.raises(SubmissionError, match="larger than"):
        build_workdir(tmp_path, spec, solution_dir=trusted)
    (trusted / "demo.py").unlink()
    (trusted / "demo.py").mkdir()
    with pytest.raises(SubmissionError, match="not a regular file"):
        build_workdir(tmp_path, spec, solution_dir=trusted)
    (trusted / "demo.py").rmdir()
    os.mkfifo(trusted / "demo.py")
    with pytest.raises(SubmissionError, match="not a regular file"):
        build_workdir(tmp_path, spec, solution_dir=trusted)


def test_missing_solution_is_left_out(trusted: Path, tmp_path: Path) -> None:
    (trusted / "demo.py").unlink()
    build_workdir(tmp_path, load_exercise_spec(trusted), solution_dir=trusted)
    assert not (tmp_path / "demo.py").exists()


def test_in_memory_files_must_be_solution_files(trusted: Path, tmp_path: Path) -> None:
    spec = load_exercise_spec(trusted)
    build_workdir(tmp_path / "a", spec, files={"demo.py": "x = 1\n"})
    assert (tmp_path / "a" / "demo.py").read_text() == "x = 1\n"
    for bad in ({"conftest.py": ""}, {"../demo.py": ""}, {"/etc/demo.py": ""}):
        with pytest.raises(SubmissionError):
            build_workdir(tmp_path / "b", spec, files=bad)


REFUSED = ["pyproject.toml", "setup.cfg", "project/conftest.py", "project/sitecustomize.py"]


def test_a_project_file_in_a_folder_may_be_a_solution(
    make_exercise: MakeExercise, tmp_path: Path
) -> None:
    """pytest reads pyproject.toml only beside and above its test files: one folder down it is
    a project's build file, graded like any other file; at the top it stays refused."""
    trusted = make_exercise(
        "build",
        {
            "build_test.py": "def test_nothing():\n    pass\n",
            "project/pyproject.toml": "[project]\n",
            ".meta/example.py": "",
        },
        solution=["project/pyproject.toml", *REFUSED],
        test=["build_test.py"],
    )
    spec = load_exercise_spec(trusted)
    files = {"project/pyproject.toml": '[project]\nname = "demo"\n'}
    build_workdir(tmp_path / "a", spec, files=files)
    assert (tmp_path / "a" / "project" / "pyproject.toml").read_text() == files[
        "project/pyproject.toml"
    ]
    for bad in REFUSED:
        with pytest.raises(SubmissionError, match="cannot be a solution or test file"):
            build_workdir(tmp_path / "b", spec, files={bad: ""})


def test_editor_and_other_exercise_files_come_from_the_trusted_exercise(
    make_exercise: MakeExercise, tmp_path: Path
) -> None:
    """As Exercism's runner, which copies the whole exercise: data modules and helpers."""
    trusted = make_exercise(
        "sets",
        {
            "sets.py": "def f():\n    return 1\n",
            "sets_test.py": "from sets_data import DATA\nfrom test_utils import ok\n",
            "sets_data.py": "DATA = 'trusted'\n",
            "test_utils.py": "def ok():\n    return True\n",
            "notes.txt": "kept",
            ".hidden": "not copied",
            "tox.ini": "[tox]\n",
            "huge.bin": "x" * (MAX_SUPPORT_BYTES + 1),
            ".meta/example.py": "def f():\n    return 1\n",
        },
        solution=["sets.py"],
        test=["sets_test.py"],
    )
    config = json.loads((trusted / ".meta" / "config.json").read_text())
    config["files"]["editor"] = ["sets_data.py"]
    (trusted / ".meta" / "config.json").write_text(json.dumps(config))
    (trusted / "linked.py").symlink_to(trusted / "test_utils.py")
    submission = make_exercise(
        "sets",
        {"sets.py": "def f():\n    return 2\n", "sets_data.py": "DATA = 'forged'\n"},
        parent=tmp_path / "learner",
    )
    run = tmp_path / "run"
    run.mkdir()
    spec = load_exercise_spec(trusted)
    assert spec.editor_files == ("sets_data.py",)
    build_workdir(run, spec, solution_dir=submission)
    copied = sorted(p.name for p in run.iterdir() if p.is_file())
    assert copied == ["notes.txt", "sets.py", "sets_data.py", "sets_test.py", "test_utils.py"]
    assert (run / "sets_data.py").read_text() == "DATA = 'trusted'\n"
    assert (run / "sets.py").read_text() == "def f():\n    return 2\n"
    (trusted / "sets_data.py").unlink()
    with pytest.raises(SubmissionError, match=r"sets_data\.py is missing"):
        build_workdir(tmp_path / "run2", spec, solution_dir=submission)


def test_the_run_directory_is_left_read_only(trusted: Path, tmp_path: Path) -> None:
    run = tmp_path / "run"
    (run / ".home").mkdir(parents=True)  # local mode's HOME, made with the run directory
    build_workdir(run, load_exercise_spec(trusted), files={"demo.py": "x = 1\n"})
    modes = {
        str(path.relative_to(run)): stat.S_IMODE(path.stat().st_mode)
        for path in [run, *run.rglob("*")]
    }
    assert modes.pop(".home") == 0o755
    assert modes.pop(".") == 0o555
    assert {mode for name, mode in modes.items() if (run / name).is_dir()} == {0o555}
    assert {mode for name, mode in modes.items() if (run / name).is_file()} == {0o444}


def test_code_that_is_not_unicode_is_refused(trusted: Path, tmp_path: Path) -> None:
    with pytest.raises(SubmissionError, match="lone surrogate at character 5"):
        build_workdir(
            tmp_path / "run", load_exercise_spec(trusted), files={"demo.py": "x = '\ud800'"}
        )
