"""Save what a virtual environment holds, then delete it safely: implement below."""

from __future__ import annotations

import os

StrPath = str | os.PathLike[str]


class NotAVirtualenvError(ValueError):
    """The folder has no ``pyvenv.cfg``: it is not a virtual environment."""


def is_virtualenv(path: StrPath) -> bool:
    """Whether ``path`` is a folder holding a ``pyvenv.cfg`` file."""
    raise NotImplementedError


def frozen_requirements(venv: StrPath) -> list[str]:
    """``name==version`` for every package installed in ``venv``, like ``pip freeze``."""
    raise NotImplementedError


def save_requirements(venv: StrPath, destination: StrPath) -> int:
    """Write ``frozen_requirements(venv)`` to ``destination``; return how many."""
    raise NotImplementedError


def remove_virtualenv(venv: StrPath, requirements: StrPath) -> int:
    """Save the environment's requirements to ``requirements``, then delete the whole
    folder; return how many requirements were saved."""
    raise NotImplementedError
