"""``os.path`` functions, a recursive walk up the tree and a regular expression for the
first word."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

_FIRST_WORD = re.compile(r"^[ \t]*([^ \t\r\n]+)", re.MULTILINE)


class Selection(NamedTuple):
    """The chosen versions, in order of preference, and what chose them."""

    versions: tuple[str, ...]
    origin: str


def read_version_file(path: str | Path) -> list[str]:
    """The versions a version file names."""
    with open(path, encoding="utf-8") as file:
        words = _FIRST_WORD.findall(file.read())
    return [w for w in words if not w.startswith("#") and w != ".." and "/" not in w]


def _nearest(folder: str, boundary: str) -> str | None:
    candidate = os.path.join(folder, ".python-version")
    if os.path.isfile(candidate):
        return candidate
    if folder == boundary:
        return None
    return _nearest(os.path.dirname(folder), boundary)


def find_version_file(start: str | Path, stop_at: str | Path) -> Path | None:
    """The nearest ``.python-version`` file from ``start`` up to ``stop_at``, or ``None``."""
    folder, boundary = os.fspath(start).rstrip("/") or "/", os.fspath(stop_at).rstrip("/") or "/"
    if os.path.commonpath([folder, boundary]) != boundary:
        raise ValueError(f"{folder} is outside {boundary}")
    found = _nearest(folder, boundary)
    return None if found is None else Path(found)


def versions_from_environment(environ: Mapping[str, str]) -> list[str]:
    """The versions ``PYENV_VERSION`` names."""
    value = environ.get("PYENV_VERSION") or ""
    return list(filter(None, value.split(":")))


def resolve(
    project: str | Path,
    *,
    environ: Mapping[str, str],
    pyenv_root: str | Path,
    stop_at: str | Path,
) -> Selection:
    """The Python ``project`` uses."""
    if chosen := versions_from_environment(environ):
        return Selection(tuple(chosen), "PYENV_VERSION")
    local = find_version_file(project, stop_at)
    global_file = os.path.join(pyenv_root, "version")
    if local is not None:
        source = str(local)
    elif os.path.isfile(global_file):
        source = global_file
    else:
        return Selection(("system",), "default")
    return Selection(tuple(read_version_file(source) or ["system"]), source)
