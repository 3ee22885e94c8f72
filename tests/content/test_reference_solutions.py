"""Every exercise's reference solution is typed and clean: ruff and mypy --strict.

For a write-the-tests exercise the code we wrote is its module under test: that is checked
(its reference is a test file, written as a learner would)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api as mypy_api

from pyhero.config import default_content_dir
from pyhero.environments import Environments
from pyhero.exercise import load_exercise_spec

EXERCISES = sorted(p for p in (default_content_dir() / "exercises").iterdir() if p.is_dir())
# The environments whose exercises have Python references (``packaging`` has only a
# pyproject.toml: nothing for mypy).
ENVIRONMENTS = sorted(
    {
        environment
        for spec in map(load_exercise_spec, EXERCISES)
        if (environment := spec.pyhero.environment) is not None
        and (spec.pyhero.tests is not None or any(n.endswith(".py") for n in spec.solution_files))
    }
)
RUFF_RULES = "E,F,W,I,B,UP,SIM,C4,RUF"


def _gather(target: Path, environment: str | None = None, *, every: bool = False) -> Path:
    """The reference solutions of the exercises graded in ``environment`` (``None``:
    pyhero's interpreter; ``every``: all of them) under their solution files' names, side
    by side in ``target``."""
    for directory in EXERCISES:
        spec = load_exercise_spec(directory)
        if not every and spec.pyhero.environment != environment:
            continue
        pairs = zip(spec.solution_files, spec.reference_files, strict=True)
        if spec.pyhero.tests is not None:  # a write-the-tests exercise: its module under test
            pairs = zip([spec.pyhero.tests.module], [spec.pyhero.tests.module], strict=True)
        for solution, reference in pairs:
            if not solution.endswith(".py"):
                continue  # a Dockerfile, a config file: not Python
            destination = target / solution
            assert not destination.exists(), f"two exercises share the module name {solution}"
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(directory / reference, destination)
    return target


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every reference solution, side by side in one directory."""
    return _gather(tmp_path_factory.mktemp("references"), every=True)


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


def _mypy_strict(directory: Path, *options: str) -> None:
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--python-version",
            "3.11",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "--explicit-package-bases",
            *options,
            str(directory),
        ]
    )
    assert status == 0, stdout + stderr


def test_reference_solutions_pass_mypy_strict(tmp_path: Path) -> None:
    """Those graded in pyhero's interpreter, against its libraries."""
    _mypy_strict(_gather(tmp_path))


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_environment_reference_solutions_pass_mypy_strict(environment: str, tmp_path: Path) -> None:
    """Those graded in an exercise environment, against its libraries (built for the
    test, into the test session's cache)."""
    built = Environments.from_settings(default_content_dir()).sync([environment])[0]
    _mypy_strict(_gather(tmp_path, environment), "--python-executable", str(built.python))
