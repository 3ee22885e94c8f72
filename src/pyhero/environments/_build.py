"""Building one environment with uv, from its lock, into a directory that appears whole.

``uv venv`` makes a relocatable virtual environment in a staging directory next to the
target, ``uv sync --frozen`` installs exactly what the lock says (from uv's cache when it
can: offline first), a marker file is written last, and the staging directory is renamed to
the target.  A build that fails or is killed leaves at most a staging directory, which is
never used and is removed by the next build.  Builds of one environment are serialised by a
lock file, so two processes never build it at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pyhero.environments._catalog import Environment, EnvironmentsError
from pyhero.environments._mypy_cache import prepare_mypy_cache

__all__ = ["MARKER", "BuiltEnvironment", "build", "built", "host_python"]

MARKER = "pyhero-environment.json"
"""Written last into a build: an environment without it was never finished."""
_STAGING = ".staging-"
_UV_TIMEOUT = 900


@dataclass(frozen=True)
class BuiltEnvironment:
    """A finished build: its prefix (a virtual environment) and its interpreter."""

    name: str
    lock_hash: str
    prefix: Path

    @property
    def python(self) -> Path:
        return self.prefix / "bin" / "python"


def host_python() -> str:
    """The base interpreter pyhero runs on: environments are built on the same Python."""
    base = getattr(sys, "_base_executable", None) or sys.executable
    return os.path.realpath(base)


def built(environment: Environment, target: Path) -> BuiltEnvironment | None:
    """The finished build at ``target``, or ``None`` (missing, unfinished, another lock)."""
    try:
        marker = json.loads((target / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("lock_hash") != environment.lock_hash:
        return None
    found = BuiltEnvironment(environment.name, environment.lock_hash, target)
    return found if found.python.exists() else None


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def uv_path() -> str:
    found = shutil.which("uv")
    if found is None:
        raise EnvironmentsError(
            "uv is not installed: exercise environments are built with it "
            "(https://docs.astral.sh/uv/getting-started/installation/)"
        )
    return found


def _run_uv(arguments: list[str], environ: dict[str, str], what: str) -> None:
    try:
        completed = subprocess.run(
            [uv_path(), *arguments],
            env=environ,
            capture_output=True,
            text=True,
            timeout=_UV_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise EnvironmentsError(f"{what}: uv did not finish in {_UV_TIMEOUT} s") from exc
    if completed.returncode != 0:
        tail = "\n".join(completed.stderr.strip().splitlines()[-12:])
        raise EnvironmentsError(f"{what}: uv failed (exit {completed.returncode}):\n{tail}")


def _sync(environment: Environment, staging: Path, environ: dict[str, str]) -> None:
    """Install the lock into ``staging``: from uv's cache alone when it has everything."""
    sync = [
        "sync",
        "--frozen",
        "--no-install-project",
        "--no-dev",
        "--no-config",
        "--compile-bytecode",  # the sandbox reads the environment only: no .pyc written there
        "--project",
        str(environment.source),
    ]
    what = f"building the environment {environment.name!r}"
    try:
        _run_uv([*sync, "--offline", "--quiet"], environ, what)
    except EnvironmentsError:
        _run_uv([*sync, "--quiet"], environ, what)


def build(environment: Environment, target: Path) -> BuiltEnvironment:
    """Build ``environment`` at ``target`` unless a finished build is there already."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(target.parent / f".{target.name}.lock"):
        done = built(environment, target)
        if done is not None:
            return done
        for leftover in target.parent.glob(f"{_STAGING}{target.name}-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{target.name}-", dir=target.parent))
        try:
            staging.chmod(0o755)  # read by the sandbox's unprivileged users
            environ = {
                **os.environ,
                "UV_PROJECT_ENVIRONMENT": str(staging),
                "UV_PYTHON_DOWNLOADS": "never",
                "VIRTUAL_ENV": str(staging),
            }
            environ.pop("UV_FROZEN", None)
            what = f"creating the environment {environment.name!r}"
            venv = ["venv", "--relocatable", "--no-config", "--allow-existing", "--quiet"]
            _run_uv([*venv, "--python", host_python(), str(staging)], environ, what)
            _sync(environment, staging, environ)
            if environment.mypy_cache:
                prepare_mypy_cache(environment, staging)
            marker = {
                "name": environment.name,
                "lock_hash": environment.lock_hash,
                "python": host_python(),
                "built": time.time(),
            }
            (staging / MARKER).write_text(json.dumps(marker), encoding="utf-8")
            if target.exists():  # an unfinished build from an older pyhero: never used
                shutil.rmtree(target)
            os.rename(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    result = built(environment, target)
    if result is None:
        raise EnvironmentsError(f"building the environment {environment.name!r} left no python")
    return result
