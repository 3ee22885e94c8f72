"""Watch mode sees a saved Dockerfile, the way it sees a saved .py file."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from pyhero.curriculum import load_curriculum
from pyhero.workspace import Workspace

from .conftest import CONTENT, slugs_seen_by_watch

SLIM_IMAGE = Path(__file__).parents[1] / "fixtures" / "non-python" / "slim-image"


def test_saving_a_dockerfile_is_a_change_of_its_exercise(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    shutil.copytree(SLIM_IMAGE, content / "exercises" / "slim-image")
    workspace = Workspace(tmp_path / "ws", load_curriculum(content))
    workspace.init()
    folder = workspace.exercise_dir("slim-image")
    attempts = itertools.count()

    def save() -> None:
        attempt = next(attempts)
        (folder / "Dockerfile.swp").write_text(f"editor state {attempt}\n")
        (folder / "Dockerfile").write_text(f"FROM python:3.12-slim\n# save {attempt}\n")

    assert slugs_seen_by_watch(workspace, save) == {"slim-image"}
