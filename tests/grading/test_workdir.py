"""Building a run's directory: only solution files from the submission, tests from trusted."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pyhero.exercise import load_exercise_spec
from pyhero.grading._workdir import MAX_SOLUTION_BYTES, SubmissionError, build_workdir

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
