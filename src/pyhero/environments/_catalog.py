"""The environments a content directory defines: ``environments/<name>/`` with its uv lock."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ENVIRONMENTS_DIR",
    "LOCK_FILE",
    "PROJECT_FILE",
    "Environment",
    "EnvironmentsError",
    "MissingEnvironment",
    "environment_names",
    "load_environment",
    "sync_command",
]

ENVIRONMENTS_DIR = "environments"
"""Where a content directory keeps its environments."""
PROJECT_FILE = "pyproject.toml"
LOCK_FILE = "uv.lock"
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_REQUIREMENT = re.compile(r"[A-Za-z0-9._-]+")


class EnvironmentsError(Exception):
    """An environment that is not defined, cannot be read or cannot be built."""


class MissingEnvironment(EnvironmentsError):
    """An environment that is defined but not built yet; the message names the command."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"the exercise environment {name!r} is not built yet: run `{sync_command(name)}`"
        )
        self.name = name


def sync_command(name: str) -> str:
    """The command that builds one environment."""
    return f"pyhero env sync {name}"


@dataclass(frozen=True)
class Environment:
    """One environment's definition: a uv project listing the exercise-only libraries."""

    name: str
    source: Path
    lock_hash: str
    """A hash of the project file and the lock: a new lock is a new build."""
    packages: tuple[tuple[str, str], ...]
    """Every locked package as (name, version), the project itself left out."""
    requirements: tuple[str, ...] = ()
    """The names the project lists (the lock adds their dependencies)."""
    warm: tuple[str, ...] = ()
    """Modules the environment's fork server imports before its first job
    (``[tool.pyhero] warm`` in the project file), so that no job pays for importing them."""
    plugins: tuple[str, ...] = ()
    """pytest plugin modules registered in every job of the environment (``[tool.pyhero]
    plugins``): jobs load no plugin from entry points, so ``pytest_asyncio.plugin`` or
    ``pytest_mock`` must be named to give their markers and fixtures."""
    mypy_cache: tuple[str, ...] = ()
    """Modules whose stubs mypy caches when the environment is built (``[tool.pyhero]
    mypy-cache``), so that a make-it-clean job type-checks only the learner's modules."""

    @property
    def key(self) -> str:
        """The build's directory name in the cache."""
        return f"{self.name}-{self.lock_hash}"

    def version_of(self, package: str) -> str | None:
        return dict(self.packages).get(package)


def environment_names(content_dir: Path) -> list[str]:
    """The environments defined under ``content_dir`` (directories with a project file)."""
    root = content_dir / ENVIRONMENTS_DIR
    if not root.is_dir():
        return []
    return sorted(
        path.name
        for path in root.iterdir()
        if path.is_dir() and not path.name.startswith((".", "_")) and (path / PROJECT_FILE).exists()
    )


def load_environment(content_dir: Path, name: str) -> Environment:
    """Read one environment; :class:`EnvironmentsError` names the file and what is wrong."""
    if not _NAME.fullmatch(name):
        raise EnvironmentsError(f"{name!r} is not an environment name (kebab-case)")
    source = content_dir / ENVIRONMENTS_DIR / name
    project, lock = source / PROJECT_FILE, source / LOCK_FILE
    if not project.is_file():
        known = ", ".join(environment_names(content_dir)) or "none"
        raise EnvironmentsError(f"unknown environment {name!r} (defined: {known})")
    try:
        project_bytes = project.read_bytes()
        project_data = tomllib.loads(project_bytes.decode())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EnvironmentsError(f"{project}: cannot be read as TOML: {exc}") from exc
    try:
        lock_bytes = lock.read_bytes()
        locked = tomllib.loads(lock_bytes.decode())
    except FileNotFoundError:
        raise EnvironmentsError(
            f"{lock}: missing: run `uv lock` in {source} and commit the lock"
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EnvironmentsError(f"{lock}: cannot be read as TOML: {exc}") from exc
    packages = tuple(
        sorted(
            (str(package["name"]), str(package.get("version", "")))
            for package in locked.get("package", [])
            if isinstance(package, dict)
            and "name" in package
            and package.get("source", {}).get("virtual") is None
        )
    )
    digest = hashlib.sha256(project_bytes + b"\0" + lock_bytes).hexdigest()[:16]
    listed = project_data.get("project", {}).get("dependencies", [])
    requirements = tuple(
        match.group(0).lower().replace("_", "-")
        for match in (_REQUIREMENT.match(str(item)) for item in listed)
        if match
    )
    return Environment(
        name,
        source,
        digest,
        packages,
        requirements,
        _modules(project, project_data, "warm"),
        _modules(project, project_data, "plugins"),
        _modules(project, project_data, "mypy-cache"),
    )


def _modules(project: Path, data: dict[str, Any], key: str) -> tuple[str, ...]:
    """``[tool.pyhero] <key>``: a list of module names."""
    names = data.get("tool", {}).get("pyhero", {}).get(key, [])
    if not isinstance(names, list) or not all(
        isinstance(name, str) and all(part.isidentifier() for part in name.split("."))
        for name in names
    ):
        raise EnvironmentsError(f"{project}: tool.pyhero.{key} must be a list of module names")
    return tuple(names)
