"""Workspace fixtures: the learner fixture curriculum, a temp workspace, a real grader."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pyhero.curriculum import Curriculum, load_curriculum
from pyhero.grading import Grader
from pyhero.progress import ProgressStore, open_store
from pyhero.workspace import Workspace, changed_exercises

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


def slugs_seen_by_watch(workspace: Workspace, save: Callable[[], None]) -> set[str]:
    """The exercises ``changed_exercises`` reports while ``save`` is repeated: watchfiles
    needs a moment to start, so the files are saved again until a first batch arrives."""
    stop, ready = threading.Event(), threading.Event()
    batches: list[list[str]] = []

    def watch() -> None:
        for batch in changed_exercises(workspace, stop=stop):
            batches.append(batch)
            ready.set()

    thread = threading.Thread(target=watch)
    thread.start()
    try:
        for _ in range(50):
            save()
            if ready.wait(timeout=0.2):
                break
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert batches, "no change seen"
    return {slug for batch in batches for slug in batch}
