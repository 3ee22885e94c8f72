"""Every exercise's reference solution is typed and clean: ruff and mypy --strict."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api as mypy_api

from pyhero.config import default_content_dir
from pyhero.exercise import load_exercise_spec

EXERCISES = sorted(p for p in (default_content_dir() / "exercises").iterdir() if p.is_dir())
RUFF_RULES = "E,F,W,I,B,UP,SIM,C4,RUF"


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each reference solution under its solution file's name, side by side in one dir."""
    target = tmp_path_factory.mktemp("references")
    for directory in EXERCISES:
        spec = load_exercise_spec(directory)
        for solution, reference in zip(spec.solution_files, spec.reference_files, strict=True):
            if not solution.endswith(".py"):
                continue  # a Dockerfile, a config file: not Python
            destination = target / solution
            assert not destination.exists(), f"two exercises share the module name {solution}"
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(directory / reference, destination)
    return target


def test_there_are_reference_solutions_to_check(references: Path) -> None:
    assert len(list(references.glob("*.py"))) >= 40


def test_reference_solutions_are_ruff_clean(references: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            RUFF_RULES,
            "--target-version",
            "py311",
            "--line-length",
            "100",
            str(references),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_reference_solutions_pass_mypy_strict(references: Path) -> None:
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--python-version",
            "3.11",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "--explicit-package-bases",
            str(references),
        ]
    )
    assert status == 0, stdout + stderr
