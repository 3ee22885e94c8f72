"""Makes the builder with symlinks=False: the environment gets a copy of the interpreter
instead of a symbolic link to the base one, although the instructions ask for symlinks=True.
The visible tests now check that the interpreter is a link (caught by them); so does the
sealed set.

Create a virtual environment without pip and inspect environment directories."""

from __future__ import annotations

import os
import venv
from pathlib import Path


def create_env(directory: str | Path, *, prompt: str | None = None) -> Path:
    """Create a virtual environment without pip in ``directory``; return its interpreter."""
    path = Path(directory)
    if os.path.lexists(path) and (not path.is_dir() or any(path.iterdir())):
        raise FileExistsError(f"{path} exists and is not an empty folder")
    builder = venv.EnvBuilder(with_pip=False, prompt=prompt)
    builder.create(path)
    return interpreter(path)


def read_pyvenv_cfg(directory: str | Path) -> dict[str, str]:
    """The ``key = value`` settings of ``<directory>/pyvenv.cfg``."""
    settings: dict[str, str] = {}
    with open(Path(directory) / "pyvenv.cfg", encoding="utf-8") as fh:
        for line in fh:
            if "=" in line:
                key, _, value = line.partition("=")
                settings[key.strip().lower()] = value.strip()
    return settings


def interpreter(directory: str | Path) -> Path:
    """The environment's interpreter: ``bin/python`` or ``Scripts/python.exe``."""
    base = Path(directory)
    posix = base / "bin" / "python"
    if posix.is_file():
        return posix
    windows = base / "Scripts" / "python.exe"
    if windows.is_file():
        return windows
    raise FileNotFoundError(f"no interpreter in {base}")


def active_env(prefix: str, base_prefix: str) -> Path | None:
    """The virtual environment an interpreter runs in, or ``None`` outside one."""
    env = os.path.normpath(prefix)
    if env == os.path.normpath(base_prefix):
        return None
    return Path(env)
