"""A small dependency-injection container: auto-wiring from type hints, lifetimes,
request scopes and clean shutdown."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")


class ResolutionError(LookupError):
    """A dependency that cannot be provided."""


class CycleError(ResolutionError):
    """Dependencies that need each other."""


class Container:
    """Registrations and the singletons made from them."""

    def register(
        self,
        key: type,
        provider: Callable[..., Any] | None = None,
        *,
        lifetime: str = "transient",
    ) -> None:
        """Provide ``key`` with ``provider`` (a class or a factory; ``key`` itself by default)."""
        raise NotImplementedError

    def register_instance(self, key: type, instance: object) -> None:
        """Provide ``key`` with ``instance``, which the container never closes."""
        raise NotImplementedError

    def resolve(self, key: type[T]) -> T:
        """An instance of ``key``, with its dependencies."""
        raise NotImplementedError

    def scope(self) -> Scope:
        """A new scope, for one request or one job."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the singletons the container made, newest first."""
        raise NotImplementedError


class Scope:
    """Scoped instances for one unit of work; closed when the ``with`` block ends."""

    def resolve(self, key: type[T]) -> T:
        """An instance of ``key``; scoped registrations are shared within this scope."""
        raise NotImplementedError

    def __enter__(self) -> Scope:
        raise NotImplementedError

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        raise NotImplementedError
