"""Weak schema cache: implement the cache and the tracker below with the weakref module."""

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class SchemaCache(Generic[T]):
    """Loads values by key and shares them while, and only while, someone uses them."""

    def __init__(
        self, loader: Callable[[str], T], on_evict: Callable[[str], None] | None = None
    ) -> None:
        """Keep the loader and the optional eviction callback; start empty."""
        raise NotImplementedError

    @property
    def loads(self) -> int:
        """How many times the loader has been called."""
        raise NotImplementedError

    @property
    def evictions(self) -> int:
        """How many cached values have been garbage-collected."""
        raise NotImplementedError

    def get(self, key: str) -> T:
        """The live value for ``key``, loading it when no one holds it any more."""
        raise NotImplementedError

    def invalidate(self, key: str) -> bool:
        """Forget ``key`` now; its value, when collected later, is not an eviction."""
        raise NotImplementedError

    def keys(self) -> list[str]:
        """Keys whose values are still alive, sorted."""
        raise NotImplementedError

    def __contains__(self, key: object) -> bool:
        """True while the value for ``key`` is alive and cached."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of live cached values."""
        raise NotImplementedError


class UsageTracker:
    """Per-object counters that disappear together with the object."""

    def __init__(self) -> None:
        """Start with no counters."""
        raise NotImplementedError

    def record(self, owner: object, amount: int) -> None:
        """Add ``amount`` (>= 0) to ``owner``'s total."""
        raise NotImplementedError

    def total(self, owner: object) -> int:
        """The total recorded for ``owner``; 0 if none."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of owners still alive with a counter."""
        raise NotImplementedError
