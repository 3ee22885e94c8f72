"""WRONG: deletes with os.walk(followlinks=True), unlinking files: files reached through symlinked
folders (outside the venv) are deleted too.

Written blind (from the instructions only). The visible tests catch it since they link a folder
outside the environment (`src -> checkout`); the sealed set's environments all hold such a link.
"""

from __future__ import annotations

import os
import sys
from importlib import metadata
from pathlib import Path

StrPath = str | os.PathLike[str]

EXCLUDED = {"pip", "setuptools", "wheel", "distribute"}


class NotAVirtualenvError(ValueError):
    """The folder has no ``pyvenv.cfg``: it is not a virtual environment."""


def is_virtualenv(path: StrPath) -> bool:
    """Whether ``path`` is a folder holding a ``pyvenv.cfg`` file."""
    p = Path(path)
    return p.is_dir() and (p / "pyvenv.cfg").is_file()


def _require_venv(venv: StrPath) -> Path:
    if not is_virtualenv(venv):
        raise NotAVirtualenvError(
            f"{os.fspath(venv)!r} has no pyvenv.cfg: not a virtual environment"
        )
    return Path(venv)


def _site_packages(root: Path) -> list[Path]:
    found: list[Path] = []
    lib = root / "lib"
    if lib.is_dir():
        for child in sorted(lib.iterdir()):
            if child.name.startswith("python") and (child / "site-packages").is_dir():
                found.append(child / "site-packages")
    win = root / "Lib" / "site-packages"
    if win.is_dir():
        found.append(win)
    unique: list[Path] = []
    seen: set[Path] = set()
    for sp in found:
        r = sp.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(sp)
    return unique


def frozen_requirements(venv: StrPath) -> list[str]:
    """``name==version`` for every package installed in ``venv``, like ``pip freeze``."""
    root = _require_venv(venv)
    paths = [str(p) for p in _site_packages(root)]
    if not paths:
        return []
    entries: list[tuple[str, str]] = []
    for dist in metadata.distributions(path=paths):
        name = dist.metadata["Name"]
        if not name:
            continue
        if name.lower() in EXCLUDED:
            continue
        entries.append((name, dist.metadata["Version"]))
    entries.sort(key=lambda e: (e[0].lower(), e[0], str(e[1])))
    return [f"{name}=={version}" for name, version in entries]


def save_requirements(venv: StrPath, destination: StrPath) -> int:
    """Write ``frozen_requirements(venv)`` to ``destination``; return how many."""
    lines = frozen_requirements(venv)
    with open(destination, "w", encoding="utf-8", newline="") as f:
        f.write("".join(line + "\n" for line in lines))
    return len(lines)


def remove_virtualenv(venv: StrPath, requirements: StrPath) -> int:
    """Save the environment's requirements to ``requirements``, then delete the whole
    folder; return how many requirements were saved."""
    root = _require_venv(venv)
    resolved = root.resolve()
    if Path(requirements).resolve().is_relative_to(resolved):
        raise ValueError("the requirements file would be inside the environment to delete")
    if resolved == Path(sys.prefix).resolve():
        raise RuntimeError("this is the running interpreter's environment: deactivate it first")
    count = save_requirements(root, requirements)
    for dirpath, dirnames, filenames in os.walk(root, topdown=False, followlinks=True):
        for name in filenames:
            os.unlink(os.path.join(dirpath, name))
        for name in dirnames:
            full = os.path.join(dirpath, name)
            if os.path.islink(full):
                os.unlink(full)
            else:
                os.rmdir(full)
    os.rmdir(root)
    return count
