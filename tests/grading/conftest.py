"""Fixtures for the grader's own tests: exercises written into ``tmp_path`` and shared graders."""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pyhero.grading import Grader

MakeExercise = Callable[..., Path]


def _bwrap_works() -> bool:
    if shutil.which("bwrap") is None:
        return False
    try:
        with Grader(workers=1, isolation="bubblewrap"):
            return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def local_grader() -> Iterator[Grader]:
    with Grader(workers=2, isolation="local") as grader:
        yield grader


@pytest.fixture(scope="session")
def sandbox_grader() -> Iterator[Grader]:
    if not _bwrap_works():
        pytest.skip("bubblewrap with user namespaces is not available here")
    with Grader(workers=2, isolation="bubblewrap") as grader:
        yield grader


@pytest.fixture
def make_exercise(tmp_path: Path) -> MakeExercise:
    """Write an exercise: ``make_exercise(slug, {name: source}, solution=[...], test=[...])``."""

    def make(
        slug: str,
        files: dict[str, str],
        *,
        solution: list[str] | None = None,
        test: list[str] | None = None,
        pyhero: dict[str, object] | None = None,
        parent: Path | None = None,
    ) -> Path:
        root = (parent or tmp_path) / slug
        root.mkdir(parents=True)
        for name, source in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
        if solution is not None or test is not None or pyhero is not None:
            snake = slug.replace("-", "_")
            config: dict[str, object] = {
                "files": {
                    "solution": solution or [f"{snake}.py"],
                    "test": test or [f"{snake}_test.py"],
                    "example": [".meta/example.py"],
                }
            }
            if pyhero is not None:
                config["pyhero"] = pyhero
            (root / ".meta").mkdir(exist_ok=True)
            (root / ".meta" / "config.json").write_text(json.dumps(config), encoding="utf-8")
        return root

    return make
