"""Plugin registry: implement the class decorator and the lookups below."""

from collections.abc import Callable, Iterable
from typing import Any, TypeVar, overload

T = TypeVar("T", bound=type)


class RegistryError(Exception):
    """A plugin class cannot be registered or a plugin name is unknown."""


class PluginRegistry:
    """Plugin classes keyed by a case-insensitive name."""

    def __init__(self, required: Iterable[str] = ()) -> None:
        """Remember the attribute names every plugin class must define."""
        raise NotImplementedError

    @overload
    def register(self, target: T) -> T: ...

    @overload
    def register(self, target: str | None = None) -> Callable[[T], T]: ...

    def register(self, target: T | str | None = None) -> T | Callable[[T], T]:
        """Use as ``@registry.register`` or ``@registry.register("name")``."""
        raise NotImplementedError

    def get(self, name: str) -> type:
        """The class registered under ``name`` (any case)."""
        raise NotImplementedError

    def create(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        """Instantiate the plugin registered under ``name`` with the given arguments."""
        raise NotImplementedError

    def names(self) -> list[str]:
        """Registered names, sorted."""
        raise NotImplementedError

    def __contains__(self, name: object) -> bool:
        """True when a plugin is registered under ``name`` (any case)."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of registered plugins."""
        raise NotImplementedError
