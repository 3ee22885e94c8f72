"""Reads the cache with ``if cached := self._items.get(key):``.

A value that is falsy, such as an empty schema whose ``__len__`` is 0, looks like a miss: it
is loaded again on every ``get`` even while it is held, and each copy is evicted on its own.
The visible tests' schemas have no length and are always true.
"""

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class SchemaCache(Generic[T]):
    """Loads values by key and shares them while, and only while, someone uses them."""

    def __init__(
        self, loader: Callable[[str], T], on_evict: Callable[[str], None] | None = None
    ) -> None:
        self._loader = loader
        self._on_evict = on_evict
        self._items: weakref.WeakValueDictionary[str, T] = weakref.WeakValueDictionary()
        self._finalizers: dict[str, weakref.finalize[[str], T]] = {}
        self._loads = 0
        self._evictions = 0

    @property
    def loads(self) -> int:
        return self._loads

    @property
    def evictions(self) -> int:
        return self._evictions

    def get(self, key: str) -> T:
        """The live value for ``key``, loading it when no one holds it any more."""
        if cached := self._items.get(key):
            return cached
        value = self._loader(key)
        self._loads += 1
        try:
            self._items[key] = value
        except TypeError:
            kind = type(value).__name__
            raise TypeError(f"cache values must support weak references, got {kind}") from None
        self._finalizers[key] = weakref.finalize(value, self._evicted, key)
        return value

    def _evicted(self, key: str) -> None:
        del self._finalizers[key]
        if self._on_evict is not None:
            self._on_evict(key)
        self._evictions += 1

    def invalidate(self, key: str) -> bool:
        """Forget ``key`` now; its value, when collected later, is not an eviction."""
        finalizer = self._finalizers.pop(key, None)
        if finalizer is not None:
            finalizer.detach()
        return self._items.pop(key, None) is not None

    def keys(self) -> list[str]:
        """Keys whose values are still alive, sorted."""
        return sorted(self._items.keys())

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)


class UsageTracker:
    """Per-object counters that disappear together with the object."""

    def __init__(self) -> None:
        self._totals: weakref.WeakKeyDictionary[object, int] = weakref.WeakKeyDictionary()

    def record(self, owner: object, amount: int) -> None:
        """Add ``amount`` (>= 0) to ``owner``'s total."""
        if amount < 0:
            raise ValueError(f"amount must not be negative, got {amount}")
        self._totals[owner] = self._totals.get(owner, 0) + amount

    def total(self, owner: object) -> int:
        """The total recorded for ``owner``; 0 if none."""
        return self._totals.get(owner, 0)

    def __len__(self) -> int:
        return len(self._totals)
