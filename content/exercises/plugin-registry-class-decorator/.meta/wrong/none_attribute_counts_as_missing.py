"""Takes an attribute set to ``None`` for a missing one (``getattr(cls, a, None) is None``).

A plugin that sets ``close = None`` on purpose ("nothing to close") is rejected as
incomplete, although ``hasattr`` sees the attribute. The visible test of two faults at
once registers such a class first, and catches it.
"""

import inspect
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, overload

T = TypeVar("T", bound=type)


class RegistryError(Exception):
    """A plugin class cannot be registered or a plugin name is unknown."""


class PluginRegistry:
    """Plugin classes keyed by a case-insensitive name."""

    def __init__(self, required: Iterable[str] = ()) -> None:
        self._required = tuple(required)
        self._plugins: dict[str, type] = {}

    @overload
    def register(self, target: T) -> T: ...

    @overload
    def register(self, target: str | None = None) -> Callable[[T], T]: ...

    def register(self, target: T | str | None = None) -> T | Callable[[T], T]:
        """Use as ``@registry.register`` or ``@registry.register("name")``."""
        if isinstance(target, type):
            return self._add(target, None)
        if target is not None and not isinstance(target, str):
            raise TypeError(f"only classes can be registered, got {target!r}")

        def decorate(cls: T) -> T:
            return self._add(cls, target)

        return decorate

    def _add(self, cls: T, name: str | None) -> T:
        if not isinstance(cls, type):
            raise TypeError(f"only classes can be registered, got {cls!r}")
        key = (cls.__name__ if name is None else name).strip().lower()
        if not key:
            raise RegistryError(f"{cls.__name__}: plugin name must not be empty")
        if inspect.isabstract(cls):
            raise RegistryError(f"cannot register abstract class {cls.__name__}")
        missing = sorted(attr for attr in self._required if getattr(cls, attr, None) is None)
        if missing:
            raise RegistryError(
                f"{cls.__name__} is missing required attributes: {', '.join(missing)}"
            )
        if key in self._plugins:
            taken = self._plugins[key].__name__
            raise RegistryError(f"plugin name {key!r} is already taken by {taken}")
        cls.plugin_name = key  # type: ignore[attr-defined]  # a dynamic class attribute
        self._plugins[key] = cls
        return cls

    def get(self, name: str) -> type:
        """The class registered under ``name`` (any case)."""
        try:
            return self._plugins[name.strip().lower()]
        except KeyError:
            known = ", ".join(self.names()) or "none"
            raise RegistryError(f"unknown plugin {name!r} (known: {known})") from None

    def create(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        """Instantiate the plugin registered under ``name`` with the given arguments."""
        return self.get(name)(*args, **kwargs)

    def names(self) -> list[str]:
        """Registered names, sorted."""
        return sorted(self._plugins)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.strip().lower() in self._plugins

    def __len__(self) -> int:
        return len(self._plugins)
