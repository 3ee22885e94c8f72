"""Create a virtual environment without pip and inspect environment directories."""

from __future__ import annotations

import os
import venv
from pathlib import Path


def create_env(directory: str | Path, *, prompt: str | None = None) -> Path:
    """Create a virtual environment without pip in ``directory``; return its interpreter.

    A directory that exists and holds anything is refused with ``FileExistsError``.
    """
    target = Path(directory)
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target} is not empty")
    builder = venv.EnvBuilder(with_pip=False, symlinks=True, prompt=prompt)
    builder.create(target)
    return interpreter(target)


def read_pyvenv_cfg(directory: str | Path) -> dict[str, str]:
    """The ``key = value`` settings of ``<directory>/pyvenv.cfg``: keys lower-cased,
    both sides stripped, split at the first ``=``; lines without ``=`` are skipped and a
    repeated key keeps its last value."""
    text = (Path(directory) / "pyvenv.cfg").read_text(encoding="utf-8")
    settings: dict[str, str] = {}
    for line in text.splitlines():
        key, separator, value = line.partition("=")
        if separator:
            settings[key.strip().lower()] = value.strip()
    return settings


def interpreter(directory: str | Path) -> Path:
    """The environment's interpreter: ``bin/python`` (POSIX) or ``Scripts/python.exe``
    (Windows), whichever is a file; ``FileNotFoundError`` when neither is."""
    root = Path(directory)
    for candidate in (root / "bin" / "python", root / "Scripts" / "python.exe"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no interpreter in {root}")


def active_env(prefix: str, base_prefix: str) -> Path | None:
    """The virtual environment an interpreter with these ``sys.prefix`` and
    ``sys.base_prefix`` runs in, or ``None`` outside one (paths compared normalised)."""
    if os.path.normpath(prefix) == os.path.normpath(base_prefix):
        return None
    return Path(os.path.normpath(prefix))
