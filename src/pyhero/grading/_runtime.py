"""The interpreter a fork server runs: pyhero's own, or an exercise environment's."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from pyhero.environments import BuiltEnvironment
from pyhero.grading import _sandbox

__all__ = [
    "DEFAULT_RUNTIME",
    "DEFAULT_WARM",
    "HARNESS_MOUNT",
    "ServerRuntime",
    "environment_runtime",
]

HARNESS_MOUNT = "/run/pyhero"
"""Under bubblewrap, where an environment's server finds the ``pyhero`` package (alone)."""
_BOOT = "from pyhero.grading._zygote import main; main()"


@dataclass(frozen=True)
class ServerRuntime:
    """How to start one fork server: its interpreter and what it must see."""

    python: str
    environment: str | None = None
    """The exercise environment's name; ``None`` for pyhero's own interpreter."""
    harness_path: str | None = None
    """A ``sys.path`` entry holding only the ``pyhero`` package (an environment's server)."""
    python_dirs: tuple[str, ...] | None = None
    """Directories bound read-only under bubblewrap (default: pyhero's interpreter's)."""
    binds: tuple[tuple[str, str], ...] = ()
    warm: tuple[str, ...] = ()
    """Modules of the environment the server imports before its first job."""

    def command(self, *arguments: str) -> list[str]:
        boot = _BOOT
        if self.harness_path is not None:
            boot = f"import sys; sys.path.insert(0, {self.harness_path!r}); {_BOOT}"
        return [self.python, "-I", "-c", boot, *arguments, ",".join(self.warm)]


DEFAULT_WARM = (
    "pydantic",
    "pydantic_settings",
    "httpx",
    "sqlalchemy",
    "sqlalchemy.orm",
    "fastapi",
    "fastapi.testclient",
    "structlog",
    "typer",
    "typer.testing",
)
"""pyhero's own dependencies that exercises graded on its interpreter use: imported once by
the fork server, so that a job does not spend 0.1-0.5 s importing FastAPI or httpx."""

DEFAULT_RUNTIME = ServerRuntime(sys.executable, warm=DEFAULT_WARM)


def _package_dir() -> Path:
    import pyhero

    return Path(pyhero.__file__).resolve().parent


def environment_runtime(
    built: BuiltEnvironment, mode: str, scratch: Path, warm: tuple[str, ...] = ()
) -> ServerRuntime:
    """An environment's interpreter with the grading harness importable, and nothing else
    of pyhero's installation: its ``sys.path`` gets a directory holding only the ``pyhero``
    package (its imports in a job are the standard library's, pytest's and pluggy's, which
    the environment provides), never the site-packages pyhero is installed in.

    Under bubblewrap the package is bound at :data:`HARNESS_MOUNT`; in local mode
    ``scratch`` receives a directory with a symbolic link to it.
    """
    package = str(_package_dir())
    python = str(built.python)
    if mode == "bubblewrap":
        return ServerRuntime(
            python,
            built.name,
            HARNESS_MOUNT,
            _sandbox.environment_paths(str(built.prefix)),
            ((package, f"{HARNESS_MOUNT}/pyhero"),),
            warm,
        )
    harness = scratch / ".harness"
    harness.mkdir(exist_ok=True)
    link = harness / "pyhero"
    with contextlib.suppress(FileExistsError):
        os.symlink(package, link)
    return ServerRuntime(python, built.name, str(harness), warm=warm)
