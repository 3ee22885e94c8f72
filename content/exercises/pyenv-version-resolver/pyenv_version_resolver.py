"""Decide which Python a project uses, the way pyenv does."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple


class Selection(NamedTuple):
    """The chosen versions, in order of preference, and what chose them."""

    versions: tuple[str, ...]
    origin: str


def read_version_file(path: str | Path) -> list[str]:
    """The versions a version file names."""
    raise NotImplementedError("read the file line by line")


def find_version_file(start: str | Path, stop_at: str | Path) -> Path | None:
    """The nearest ``.python-version`` file from ``start`` up to ``stop_at``, or ``None``."""
    raise NotImplementedError("walk up the parents")


def versions_from_environment(environ: Mapping[str, str]) -> list[str]:
    """The versions ``PYENV_VERSION`` names."""
    raise NotImplementedError("split PYENV_VERSION")


def resolve(
    project: str | Path,
    *,
    environ: Mapping[str, str],
    pyenv_root: str | Path,
    stop_at: str | Path,
) -> Selection:
    """The Python ``project`` uses."""
    raise NotImplementedError("variable, local file, global file, system")
