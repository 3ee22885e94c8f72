"""A learner's loop on an exercise whose solution is a Dockerfile: init, check, solution."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.config import get_settings

from .cli_learner import CONTENT, run

SLIM_IMAGE = Path(__file__).parents[1] / "fixtures" / "non-python" / "slim-image"


@pytest.fixture
def content_with_a_dockerfile(
    learner_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The learner fixture plus ``slim-image`` (topic packaging, section 02-tooling)."""
    content = learner_home / "content"
    shutil.copytree(CONTENT, content)
    shutil.copytree(SLIM_IMAGE, content / "exercises" / "slim-image")
    monkeypatch.setenv("PYHERO_CONTENT_DIR", str(content))
    get_settings.cache_clear()
    yield learner_home / "ws"
    get_settings.cache_clear()


def test_init_check_and_solution_of_a_dockerfile(content_with_a_dockerfile: Path) -> None:
    ws = content_with_a_dockerfile
    assert run("init").exit_code == 0
    dockerfile = ws / "02-tooling" / "slim-image" / "Dockerfile"
    assert dockerfile.read_text() == (SLIM_IMAGE / "Dockerfile").read_text()
    assert not (ws / "02-tooling" / "slim-image" / ".meta").exists()

    failing = run("check", "slim-image")
    assert failing.exit_code == 1, failing.output
    assert "✘ slim-image" in failing.stdout
    assert "test_the_base_image_is_slim" in failing.stdout

    dockerfile.write_text((SLIM_IMAGE / ".meta" / "Dockerfile").read_text())
    passing = run("check", str(dockerfile.parent))
    assert passing.exit_code == 0, passing.output
    assert "✔ slim-image passed" in passing.stdout
    assert "useradd --system web" in run("solution", "slim-image").stdout
