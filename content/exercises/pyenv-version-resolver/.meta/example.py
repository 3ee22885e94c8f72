"""Decide which Python a project uses, the way pyenv does."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

VERSION_FILE = ".python-version"
_WORD_SEPARATORS = re.compile("[ \t]+")  # only these: not str.split()'s whitespace


class Selection(NamedTuple):
    """The chosen versions, in order of preference, and what chose them."""

    versions: tuple[str, ...]
    origin: str


def read_version_file(path: str | Path) -> list[str]:
    """The versions a version file names: the first word of each line, without blank lines,
    ``#`` comments, ``..`` and words holding ``/``."""
    versions: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        words = _WORD_SEPARATORS.split(line.strip(" \t"))
        word = words[0]
        if not word:
            continue
        if word.startswith("#") or word == ".." or "/" in word:
            continue
        versions.append(word)
    return versions


def find_version_file(start: str | Path, stop_at: str | Path) -> Path | None:
    """The nearest ``.python-version`` file from ``start`` up to ``stop_at`` (both included),
    or ``None``; ``ValueError`` when ``start`` is not inside ``stop_at``."""
    directory, boundary = Path(start), Path(stop_at)
    if directory != boundary and boundary not in directory.parents:
        raise ValueError(f"{directory} is not inside {boundary}")
    while True:
        candidate = directory / VERSION_FILE
        if candidate.is_file():
            return candidate
        if directory == boundary:
            return None
        directory = directory.parent


def versions_from_environment(environ: Mapping[str, str]) -> list[str]:
    """The versions ``PYENV_VERSION`` names (``:``-separated, empty parts skipped)."""
    return [part for part in environ.get("PYENV_VERSION", "").split(":") if part]


def resolve(
    project: str | Path,
    *,
    environ: Mapping[str, str],
    pyenv_root: str | Path,
    stop_at: str | Path,
) -> Selection:
    """The Python ``project`` uses: ``PYENV_VERSION``, else the nearest ``.python-version``,
    else ``<pyenv_root>/version``, else ``system``."""
    from_environment = versions_from_environment(environ)
    if from_environment:
        return Selection(tuple(from_environment), "PYENV_VERSION")
    found = find_version_file(project, stop_at)
    if found is None:
        global_file = Path(pyenv_root) / "version"
        found = global_file if global_file.is_file() else None
    if found is None:
        return Selection(("system",), "default")
    return Selection(tuple(read_version_file(found)) or ("system",), os.fspath(found))
