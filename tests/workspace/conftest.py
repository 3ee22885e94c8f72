"""Workspace fixtures: the learner fixture curriculum, a temp workspace, a real grader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.curriculum import Curriculum, load_curriculum
from pyhero.grading import Grader
from pyhero.progress import ProgressStore, open_store
from pyhero.workspace import Workspace

CONTENT = Path(__file__).resolve().parents[1] / "fixtures" / "learner"


@pytest.fixture(scope="session")
def curriculum() -> Curriculum:
    return load_curriculum(CONTENT)


@pytest.fixture
def workspace(tmp_path: Path, curriculum: Curriculum) -> Workspace:
    ws = Workspace(tmp_path / "ws", curriculum)
    ws.init()
    return ws


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    with open_store(f"sqlite:///{tmp_path / 'progress.db'}") as opened:
        yield opened


@pytest.fixture(scope="session")
def grader() -> Iterator[Grader]:
    with Grader(workers=2) as warm:
        yield warm


def example(curriculum: Curriculum, slug: str) -> str:
    return (curriculum.exercises[slug].spec.path / ".meta" / "example.py").read_text()
