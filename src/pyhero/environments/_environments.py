"""One content directory's environments and the cache their builds live in."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pyhero.environments._build import BuiltEnvironment, build, built
from pyhero.environments._catalog import (
    ENVIRONMENTS_DIR,
    Environment,
    MissingEnvironment,
    environment_names,
    load_environment,
)

__all__ = ["EnvironmentStatus", "Environments"]


@dataclass(frozen=True)
class EnvironmentStatus:
    """What ``pyhero env list`` shows for one environment."""

    environment: Environment
    location: Path
    ready: bool


class Environments:
    """The environments of ``content_dir``, built under ``cache_dir/environments``.

    A build lives in a directory named after the environment and its lock's hash, so a
    changed lock is built anew while the old build stays until :meth:`prune`.
    """

    def __init__(self, content_dir: Path, cache_dir: Path) -> None:
        self.content_dir = Path(content_dir)
        self.cache_root = Path(cache_dir) / "environments"

    @classmethod
    def from_settings(cls, content_dir: Path | None = None) -> Environments:
        """The configured content directory's (or ``content_dir``'s) environments."""
        from pyhero.config import get_settings

        settings = get_settings()
        return cls(content_dir or settings.content_dir, settings.cache_dir)

    @classmethod
    def for_exercise(cls, exercise_dir: Path) -> Environments:
        """The environments of the content directory an exercise lives in
        (``<content>/exercises/<slug>``), else of the configured one."""
        content_dir = Path(exercise_dir).resolve().parent.parent
        if (content_dir / ENVIRONMENTS_DIR).is_dir():
            return cls.from_settings(content_dir)
        return cls.from_settings()

    def names(self) -> list[str]:
        return environment_names(self.content_dir)

    def get(self, name: str) -> Environment:
        """The definition; :class:`EnvironmentsError` for an unknown or unreadable one."""
        return load_environment(self.content_dir, name)

    def location(self, environment: Environment) -> Path:
        return self.cache_root / environment.key

    def find(self, name: str) -> BuiltEnvironment | None:
        """The finished build of ``name``'s current lock, if there is one."""
        environment = self.get(name)
        return built(environment, self.location(environment))

    def require(self, name: str) -> BuiltEnvironment:
        """The finished build; :class:`MissingEnvironment` names the command that builds it."""
        found = self.find(name)
        if found is None:
            raise MissingEnvironment(name)
        return found

    def status(self) -> list[EnvironmentStatus]:
        statuses = []
        for name in self.names():
            environment = self.get(name)
            location = self.location(environment)
            ready = built(environment, location) is not None
            statuses.append(EnvironmentStatus(environment, location, ready))
        return statuses

    def sync(
        self,
        names: Iterable[str],
        on_start: Callable[[Environment], None] | None = None,
    ) -> list[BuiltEnvironment]:
        """Build each environment not built yet (in order); the built ones are kept."""
        results = []
        for name in dict.fromkeys(names):
            environment = self.get(name)
            location = self.location(environment)
            done = built(environment, location)
            if done is None:
                if on_start is not None:
                    on_start(environment)
                done = build(environment, location)
            results.append(done)
        return results

    def prune(self) -> list[Path]:
        """Remove builds of locks no longer current (and unfinished ones); return them."""
        if not self.cache_root.is_dir():
            return []
        current = set()
        for name in self.names():
            current.add(self.get(name).key)
        removed = []
        for path in sorted(self.cache_root.iterdir()):
            if path.name.startswith(".") or path.name in current or not path.is_dir():
                continue
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        return removed
