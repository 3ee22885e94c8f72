"""Create a virtual environment without pip and inspect environment directories."""

from __future__ import annotations

from pathlib import Path


def create_env(directory: str | Path, *, prompt: str | None = None) -> Path:
    """Create a virtual environment without pip in ``directory``; return its interpreter."""
    raise NotImplementedError("use venv.EnvBuilder")


def read_pyvenv_cfg(directory: str | Path) -> dict[str, str]:
    """The ``key = value`` settings of ``<directory>/pyvenv.cfg``."""
    raise NotImplementedError("read the pyvenv.cfg file")


def interpreter(directory: str | Path) -> Path:
    """The environment's interpreter: ``bin/python`` or ``Scripts/python.exe``."""
    raise NotImplementedError("find the interpreter")


def active_env(prefix: str, base_prefix: str) -> Path | None:
    """The virtual environment an interpreter runs in, or ``None`` outside one."""
    raise NotImplementedError("compare sys.prefix and sys.base_prefix")
