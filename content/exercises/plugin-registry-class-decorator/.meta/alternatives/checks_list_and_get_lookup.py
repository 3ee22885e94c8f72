"""The two decorator forms told apart by ``isinstance(target, str)`` instead of
``isinstance(target, type)``, the checks as a list of functions run in order before
anything is stored, abstract classes found through ``__abstractmethods__``, and
``dict.get`` instead of catching ``KeyError`` (so there is no context to hide)."""

from collections.abc import Callable, Iterable
from typing import Any, TypeVar, overload

T = TypeVar("T", bound=type)


class RegistryError(Exception):
    """A plugin class cannot be registered or a plugin name is unknown."""


def _normalise(name: str) -> str:
    return name.strip().lower()


class PluginRegistry:
    """Plugin classes keyed by a case-insensitive name."""

    def __init__(self, required: Iterable[str] = ()) -> None:
        self._required = sorted(set(required))
        self._by_name: dict[str, type] = {}

    @overload
    def register(self, target: T) -> T: ...

    @overload
    def register(self, target: str) -> Callable[[T], T]: ...

    def register(self, target: Any) -> Any:
        """Use as ``@registry.register`` or ``@registry.register("name")``."""
        if isinstance(target, str):
            return lambda cls: self._store(cls, target)
        return self._store(target, None)

    def _checks(self, cls: type, key: str) -> list[Callable[[], str | None]]:
        def empty() -> str | None:
            return f"{cls.__name__}: plugin name must not be empty" if not key else None

        def abstract() -> str | None:
            if getattr(cls, "__abstractmethods__", None):
                return f"cannot register abstract class {cls.__name__}"
            return None

        def incomplete() -> str | None:
            missing = [name for name in self._required if not hasattr(cls, name)]
            if missing:
                return f"{cls.__name__} is missing required attributes: {', '.join(missing)}"
            return None

        def taken() -> str | None:
            owner = self._by_name.get(key)
            if owner is not None:
                return f"plugin name {key!r} is already taken by {owner.__name__}"
            return None

        return [empty, abstract, incomplete, taken]

    def _store(self, cls: Any, name: str | None) -> Any:
        if not isinstance(cls, type):
            raise TypeError(f"only classes can be registered, not {type(cls).__name__}")
        key = _normalise(cls.__name__ if name is None else name)
        for check in self._checks(cls, key):
            problem = check()
            if problem is not None:
                raise RegistryError(problem)
        self._by_name[key] = cls
        cls.plugin_name = key  # type: ignore[attr-defined]
        return cls

    def get(self, name: str) -> type:
        """The class registered under ``name`` (any case)."""
        found = self._by_name.get(_normalise(name))
        if found is None:
            known = ", ".join(self.names()) if self._by_name else "none"
            error = RegistryError(f"unknown plugin {name!r} (known: {known})")
            error.__suppress_context__ = True
            raise error
        return found

    def create(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        """Instantiate the plugin registered under ``name`` with the given arguments."""
        plugin = self.get(name)
        return plugin(*args, **kwargs)

    def names(self) -> list[str]:
        """Registered names, sorted."""
        return sorted(self._by_name)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        return _normalise(name) in self._by_name

    def __len__(self) -> int:
        return len(self._by_name)
