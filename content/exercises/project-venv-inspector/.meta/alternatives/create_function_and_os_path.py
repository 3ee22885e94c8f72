"""``venv.create`` (the function form), ``os.path`` checks and a regular expression for
the settings lines."""

from __future__ import annotations

import os
import re
import venv
from pathlib import Path

_SETTING = re.compile(r"^([^=]*)=(.*)$")


def create_env(directory: str | Path, *, prompt: str | None = None) -> Path:
    """Create a virtual environment without pip in ``directory``; return its interpreter."""
    if os.path.isdir(directory) and os.listdir(directory):
        raise FileExistsError(directory)
    venv.create(directory, with_pip=False, symlinks=True, prompt=prompt)
    return interpreter(directory)


def read_pyvenv_cfg(directory: str | Path) -> dict[str, str]:
    """The ``key = value`` settings of ``<directory>/pyvenv.cfg``."""
    with open(os.path.join(directory, "pyvenv.cfg"), encoding="utf-8") as file:
        matches = (_SETTING.match(line.rstrip("\n")) for line in file)
        return {m[1].strip().lower(): m[2].strip() for m in matches if m is not None}


def interpreter(directory: str | Path) -> Path:
    """The environment's interpreter: ``bin/python`` or ``Scripts/python.exe``."""
    posix = os.path.join(directory, "bin", "python")
    windows = os.path.join(directory, "Scripts", "python.exe")
    found = next((path for path in (posix, windows) if os.path.isfile(path)), None)
    if found is None:
        raise FileNotFoundError(directory)
    return Path(found)


def active_env(prefix: str, base_prefix: str) -> Path | None:
    """The virtual environment these prefixes describe, or ``None`` outside one."""
    here, base = os.path.normpath(prefix), os.path.normpath(base_prefix)
    return None if here == base else Path(here)
