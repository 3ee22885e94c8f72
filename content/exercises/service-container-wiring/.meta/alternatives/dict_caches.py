"""A dependency-injection container whose caches are insertion-ordered dicts (closing
walks them reversed) and whose resolver carries its path as a list."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")


class ResolutionError(LookupError):
    """A dependency that cannot be provided."""


class CycleError(ResolutionError):
    """Dependencies that need each other."""


def _close_all(made: dict[type, Any]) -> None:
    for instance in reversed(list(made.values())):
        closer = getattr(instance, "close", None)
        if callable(closer):
            closer()
    made.clear()


class Container:
    """Registrations and the singletons made from them."""

    def __init__(self) -> None:
        self._providers: dict[type, tuple[Callable[..., Any], str]] = {}
        self._fixed: dict[type, Any] = {}
        self._singletons: dict[type, Any] = {}

    def register(
        self,
        key: type,
        provider: Callable[..., Any] | None = None,
        *,
        lifetime: str = "transient",
    ) -> None:
        """Provide ``key`` with ``provider`` (a class or a factory; ``key`` itself by default)."""
        if lifetime not in {"transient", "singleton", "scoped"}:
            raise ValueError(f"unknown lifetime {lifetime!r}")
        self._fixed.pop(key, None)
        self._providers[key] = (key if provider is None else provider, lifetime)

    def register_instance(self, key: type, instance: object) -> None:
        """Provide ``key`` with ``instance``, which the container never closes."""
        self._providers.pop(key, None)
        self._fixed[key] = instance

    def resolve(self, key: type[T]) -> T:
        """An instance of ``key``, with its dependencies."""
        return typing.cast(T, _Resolver(self, None).get(key, []))

    def scope(self) -> Scope:
        """A new scope, for one request or one job."""
        return Scope(self)

    def close(self) -> None:
        """Close the singletons the container made, newest first."""
        _close_all(self._singletons)

    def _known(self, key: object) -> bool:
        return key in self._providers or key in self._fixed


class _Resolver:
    def __init__(self, container: Container, scoped: dict[type, Any] | None) -> None:
        self.container = container
        self.scoped = scoped

    def get(self, key: Any, path: list[Any], captive: bool = False) -> Any:
        path = [*path, key]
        names = " -> ".join(getattr(item, "__name__", str(item)) for item in path)
        if key in path[:-1]:
            raise CycleError(f"cycle {names}")
        container = self.container
        if key in container._fixed:
            return container._fixed[key]
        if key in container._providers:
            provider, lifetime = container._providers[key]
        elif inspect.isclass(key) and not inspect.isabstract(key) and key.__module__ != "builtins":
            provider, lifetime = key, "transient"
        else:
            raise ResolutionError(f"cannot resolve {names}")
        if lifetime == "transient":
            return self.make(provider, path, captive)
        if lifetime == "singleton":
            cache = container._singletons
            captive = True
        else:
            if self.scoped is None or captive:
                raise ResolutionError(f"scoped {names} needs a scope and no singleton above it")
            cache = self.scoped
        if key not in cache:
            made = self.make(provider, path, captive)
            cache[key] = made
        return cache[key]

    def make(self, provider: Callable[..., Any], path: list[Any], captive: bool) -> Any:
        function = provider.__init__ if inspect.isclass(provider) else provider
        hints = typing.get_type_hints(function)
        kwargs = {}
        for name, parameter in inspect.signature(provider).parameters.items():
            if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
                continue
            optional = parameter.default is not inspect.Parameter.empty
            if name not in hints:
                if optional:
                    continue
                where = " -> ".join(item.__name__ for item in path)
                raise ResolutionError(f"{name} of {where} has no hint")
            if optional and not self.container._known(hints[name]):
                continue
            kwargs[name] = self.get(hints[name], path, captive)
        return provider(**kwargs)


class Scope:
    """Scoped instances for one unit of work; closed when the ``with`` block ends."""

    def __init__(self, container: Container) -> None:
        self._made: dict[type, Any] = {}
        self._resolver = _Resolver(container, self._made)

    def resolve(self, key: type[T]) -> T:
        """An instance of ``key``; scoped registrations are shared within this scope."""
        return typing.cast(T, self._resolver.get(key, []))

    def __enter__(self) -> Scope:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        _close_all(self._made)
