"""Reports a cycle starting at the repeated key (``B -> C -> B``) instead of the whole path
from the key being resolved (``A -> B -> C -> B``).

The visible test's cycle starts one level down and names the whole path; it catches it.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")

TRANSIENT = "transient"
SINGLETON = "singleton"
SCOPED = "scoped"
LIFETIMES = (TRANSIENT, SINGLETON, SCOPED)


class ResolutionError(LookupError):
    """A dependency that cannot be provided."""


class CycleError(ResolutionError):
    """Dependencies that need each other."""


@dataclass
class _Registration:
    provider: Callable[..., Any]
    lifetime: str


def _path(chain: tuple[type, ...]) -> str:
    return " -> ".join(key.__name__ for key in chain)


def _auto_wirable(key: object) -> bool:
    return isinstance(key, type) and key.__module__ != "builtins" and not inspect.isabstract(key)


class _Instances:
    """Instances of one lifetime's owner, remembered in creation order for closing."""

    def __init__(self) -> None:
        self.by_key: dict[type, Any] = {}
        self.created: list[Any] = []

    def close(self) -> None:
        while self.created:
            instance = self.created.pop()
            close = getattr(instance, "close", None)
            if callable(close):
                close()
        self.by_key.clear()


class Container:
    """Registrations and the singletons made from them."""

    def __init__(self) -> None:
        self._registrations: dict[type, _Registration] = {}
        self._singletons = _Instances()
        self._given: dict[type, Any] = {}

    def register(
        self,
        key: type,
        provider: Callable[..., Any] | None = None,
        *,
        lifetime: str = TRANSIENT,
    ) -> None:
        """Provide ``key`` with ``provider`` (a class or a factory; ``key`` itself by default)."""
        if lifetime not in LIFETIMES:
            raise ValueError(f"lifetime must be one of {LIFETIMES}, not {lifetime!r}")
        self._given.pop(key, None)
        self._registrations[key] = _Registration(provider or key, lifetime)

    def register_instance(self, key: type, instance: object) -> None:
        """Provide ``key`` with ``instance``, which the container never closes."""
        self._registrations.pop(key, None)
        self._given[key] = instance

    def resolve(self, key: type[T]) -> T:
        """An instance of ``key``, with its dependencies."""
        value: T = self._build(key, (), None, singleton=False)
        return value

    def scope(self) -> Scope:
        """A new scope, for one request or one job."""
        return Scope(self)

    def close(self) -> None:
        """Close the singletons the container made, newest first."""
        self._singletons.close()

    def _build(
        self, key: type, chain: tuple[type, ...], scope: Scope | None, *, singleton: bool
    ) -> Any:
        if key in chain:
            start = chain.index(key)
            raise CycleError(f"dependency cycle: {_path((*chain[start:], key))}")
        chain = (*chain, key)
        if key in self._given:
            return self._given[key]
        registration = self._registrations.get(key)
        if registration is None:
            if not _auto_wirable(key):
                raise ResolutionError(f"nothing provides {_path(chain)}")
            registration = _Registration(key, TRANSIENT)
        if registration.lifetime == SINGLETON:
            return self._cached(self._singletons, registration, chain, scope, singleton=True)
        if registration.lifetime == SCOPED:
            if scope is None:
                raise ResolutionError(f"{_path(chain)} is scoped: resolve it in a scope")
            if singleton:
                raise ResolutionError(f"a singleton cannot depend on scoped {_path(chain)}")
            return self._cached(scope.instances, registration, chain, scope, singleton=False)
        return self._call(registration.provider, chain, scope, singleton=singleton)

    def _cached(
        self,
        instances: _Instances,
        registration: _Registration,
        chain: tuple[type, ...],
        scope: Scope | None,
        *,
        singleton: bool,
    ) -> Any:
        key = chain[-1]
        if key not in instances.by_key:
            instance = self._call(registration.provider, chain, scope, singleton=singleton)
            instances.by_key[key] = instance
            instances.created.append(instance)
        return instances.by_key[key]

    def _call(
        self,
        provider: Callable[..., Any],
        chain: tuple[type, ...],
        scope: Scope | None,
        *,
        singleton: bool,
    ) -> Any:
        target = provider.__init__ if isinstance(provider, type) else provider  # type: ignore[misc]
        hints = typing.get_type_hints(target)
        arguments: dict[str, Any] = {}
        for name, parameter in inspect.signature(provider).parameters.items():
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                continue
            has_default = parameter.default is not parameter.empty
            wanted = hints.get(name)
            if wanted is None:
                if has_default:
                    continue
                raise ResolutionError(f"{_path(chain)}: parameter {name!r} has no type hint")
            if has_default and wanted not in self._registrations and wanted not in self._given:
                continue
            arguments[name] = self._build(wanted, chain, scope, singleton=singleton)
        return provider(**arguments)


class Scope:
    """Scoped instances for one unit of work; closed when the ``with`` block ends."""

    def __init__(self, container: Container) -> None:
        self.container = container
        self.instances = _Instances()

    def resolve(self, key: type[T]) -> T:
        """An instance of ``key``; scoped registrations are shared within this scope."""
        value: T = self.container._build(key, (), self, singleton=False)
        return value

    def __enter__(self) -> Scope:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.instances.close()
