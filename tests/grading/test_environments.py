"""Grading in an exercise environment: its own interpreter and libraries, the same sandbox."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pyhero.environments import Environments
from pyhero.grading import Grader, Isolation, Verdict

MakeExercise = Callable[..., Path]
REPOSITORY = Path(__file__).resolve().parents[2]

SOLUTION = """
from sortedcontainers import SortedList


def smallest(values, count):
    return list(SortedList(values)[:count])
"""

TESTS = """
import importlib.util
import sys

from sorted_env import smallest


def test_uses_the_environment():
    assert smallest([5, 1, 4], 2) == [1, 4]


def test_sees_the_environment_not_pyhero():
    assert importlib.util.find_spec("sortedcontainers") is not None
    for name in ("pydantic", "typer", "sqlalchemy"):
        assert importlib.util.find_spec(name) is None, (name, sys.path)
"""


@pytest.fixture(scope="module")
def environments(tmp_path_factory: pytest.TempPathFactory) -> Environments:
    """A content directory with the repository's ``qol`` environment, built once."""
    root = tmp_path_factory.mktemp("content")
    content = root / "content"
    shutil.copytree(
        REPOSITORY / "content" / "environments" / "qol", content / "environments" / "qol"
    )
    built = Environments(content, root / "cache")
    built.sync(["qol"])
    return built


@pytest.fixture(params=["local", "bubblewrap"])
def grader(request: pytest.FixtureRequest, environments: Environments) -> Iterator[Grader]:
    if request.param == "bubblewrap" and shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    with Grader(workers=1, isolation=request.param, environments=environments) as grader:
        if request.param == "bubblewrap" and grader.isolation is not Isolation.bubblewrap:
            pytest.skip("bubblewrap with user namespaces is not available here")
        yield grader


def _exercise(make_exercise: MakeExercise, tests: str = TESTS, environment: str = "qol") -> Path:
    return make_exercise(
        "sorted-env",
        {"sorted_env.py": SOLUTION, "sorted_env_test.py": tests, ".meta/example.py": SOLUTION},
        pyhero={"environment": environment},
    )


def test_an_exercise_is_graded_in_its_environment(
    grader: Grader, make_exercise: MakeExercise
) -> None:
    result = grader.grade(_exercise(make_exercise))
    assert result.verdict is Verdict.passed, (result.message, result.tests)
    assert [t.status for t in result.tests] == ["pass", "pass"]
    assert grader.running_environments() == ["qol"]


def test_default_exercises_keep_pyhero_interpreter(
    grader: Grader, make_exercise: MakeExercise, tmp_path: Path
) -> None:
    env_result = grader.grade(_exercise(make_exercise))
    plain = make_exercise(
        "plain",
        {
            "plain.py": "def f():\n    return 1\n",
            "plain_test.py": (
                "import importlib.util\nfrom plain import f\n\n"
                "def test_f():\n"
                "    assert f() == 1\n"
                "    assert importlib.util.find_spec('pydantic') is not None\n"
                "    assert importlib.util.find_spec('bidict') is None\n"
            ),
        },
    )
    result = grader.grade(plain)
    assert env_result.verdict is Verdict.passed
    assert result.verdict is Verdict.passed, (result.message, result.tests)


@pytest.mark.parametrize(
    ("name", "built", "expected"),
    [
        (
            "qol",
            False,
            "the exercise environment 'qol' is not built yet: run `pyhero env sync qol`",
        ),
        ("nope", True, "unknown environment 'nope' (defined: qol)"),
    ],
    ids=["missing", "unknown"],
)
def test_an_environment_it_cannot_use_is_an_error_verdict(
    name: str,
    built: bool,
    expected: str,
    make_exercise: MakeExercise,
    tmp_path: Path,
    environments: Environments,
) -> None:
    """Never a crash: the verdict names the way out (the command that builds it)."""
    if not built:
        environments = Environments(environments.content_dir, tmp_path / "empty-cache")
    with Grader(workers=1, isolation="local", environments=environments) as grader:
        result = grader.grade(_exercise(make_exercise, environment=name))
    assert result.verdict is Verdict.error
    assert result.message is not None
    assert expected in result.message


def test_the_harness_guards_environment_jobs_too(
    grader: Grader, make_exercise: MakeExercise
) -> None:
    tracer = SOLUTION + "\nimport sys\nsys.settrace(lambda *args: None)\n"
    result = grader.grade_files(_exercise(make_exercise), {"sorted_env.py": tracer})
    assert result.verdict is Verdict.tampered, (result.message, result.tests)


def test_an_idle_environment_server_stops_and_starts_again(
    make_exercise: MakeExercise, environments: Environments
) -> None:
    exercise = _exercise(make_exercise)
    with Grader(
        workers=1, isolation="local", environments=environments, environment_idle_seconds=0.2
    ) as grader:
        assert grader.grade(exercise).verdict is Verdict.passed
        deadline = time.monotonic() + 30
        while grader.running_environments() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert grader.running_environments() == []
        assert grader.grade(exercise).verdict is Verdict.passed


WRITER = """
import os
import sys

import pytest
import sortedcontainers

import pyhero

TARGETS = [
    os.path.join(sys.prefix, "planted"),
    os.path.join(sys.prefix, "pyvenv.cfg"),
    os.path.join(os.path.dirname(sortedcontainers.__file__), "planted.py"),
    sortedcontainers.__file__,
    os.path.join(os.path.dirname(pyhero.__file__), "planted.py"),
]


@pytest.mark.parametrize("target", TARGETS)
def test_cannot_write(target):
    with pytest.raises(OSError):
        with open(target, "a") as handle:
            handle.write("# planted")
"""


def test_an_environment_job_cannot_write_into_its_environment(
    make_exercise: MakeExercise, environments: Environments
) -> None:
    """Hostile: the environment and the harness are bound read-only into the sandbox."""
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    exercise = _exercise(make_exercise, tests=WRITER)
    prefix = environments.require("qol").prefix
    before = {p: p.stat().st_mtime_ns for p in prefix.rglob("*") if p.is_file()}
    with Grader(workers=1, isolation="bubblewrap", environments=environments) as grader:
        if grader.isolation is not Isolation.bubblewrap:
            pytest.skip("bubblewrap with user namespaces is not available here")
        result = grader.grade(exercise)
    assert result.verdict is Verdict.passed, (result.message, result.tests)
    assert len(result.tests) == 5
    after = {p: p.stat().st_mtime_ns for p in prefix.rglob("*") if p.is_file()}
    assert after == before
