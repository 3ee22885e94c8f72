"""Never checks where the requirements file goes.

Saved inside the environment, the list is deleted a moment later with everything else.
The visible tests catch it.
"""

from __future__ import annotations

import os
import shutil
import sys
from importlib.metadata import distributions
from pathlib import Path

StrPath = str | os.PathLike[str]

LEFT_OUT = frozenset({"pip", "setuptools", "wheel", "distribute"})


class NotAVirtualenvError(ValueError):
    """The folder has no ``pyvenv.cfg``: it is not a virtual environment."""


def is_virtualenv(path: StrPath) -> bool:
    """Whether ``path`` is a folder holding a ``pyvenv.cfg`` file."""
    return (Path(path) / "pyvenv.cfg").is_file()


def _checked(venv: StrPath) -> Path:
    if not is_virtualenv(venv):
        raise NotAVirtualenvError(f"{venv} is not a virtual environment (no pyvenv.cfg)")
    return Path(venv)


def _site_packages(venv: Path) -> list[Path]:
    folders = sorted(venv.glob("lib/python*/site-packages"))
    folders.append(venv / "Lib" / "site-packages")
    return [folder for folder in folders if folder.is_dir()]


def frozen_requirements(venv: StrPath) -> list[str]:
    """``name==version`` for every package installed in ``venv``, like ``pip freeze``."""
    root = _checked(venv)
    lines = []
    for distribution in distributions(path=[str(folder) for folder in _site_packages(root)]):
        name = distribution.metadata["Name"]
        if name and name.lower() not in LEFT_OUT:
            lines.append(f"{name}=={distribution.version}")
    return sorted(lines, key=str.lower)


def save_requirements(venv: StrPath, destination: StrPath) -> int:
    """Write ``frozen_requirements(venv)`` to ``destination``; return how many."""
    lines = frozen_requirements(venv)
    Path(destination).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return len(lines)


def remove_virtualenv(venv: StrPath, requirements: StrPath) -> int:
    """Save the environment's requirements to ``requirements``, then delete the whole
    folder; return how many requirements were saved."""
    root = _checked(venv).resolve()
    if Path(sys.prefix).resolve() == root:
        raise RuntimeError(f"{venv} is the active environment: deactivate it first")
    count = save_requirements(root, requirements)
    shutil.rmtree(root)
    return count
