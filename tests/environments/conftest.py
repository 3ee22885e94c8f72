"""A content directory with the repository's real environments, built with uv into a temp
cache (uv's own cache makes every build after the first quick)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pyhero.environments import Environments

REPOSITORY = Path(__file__).resolve().parents[2]
WriteContent = Callable[..., Path]


def _write_content(root: Path, names: tuple[str, ...] = ("qol",)) -> Path:
    content = root / "content"
    for name in names:
        source = REPOSITORY / "content" / "environments" / name
        shutil.copytree(source, content / "environments" / name)
    return content


@pytest.fixture
def write_content(tmp_path: Path) -> WriteContent:
    """``write_content(names=("qol",))``: ``tmp_path/content`` with copies of those
    environments of the repository."""
    return lambda names=("qol",): _write_content(tmp_path, names)


@pytest.fixture(scope="session")
def built_qol(tmp_path_factory: pytest.TempPathFactory) -> Environments:
    """The ``qol`` environment, built once for the session."""
    root = tmp_path_factory.mktemp("environments")
    environments = Environments(_write_content(root), root / "cache")
    environments.sync(["qol"])
    return environments
