"""No weak dictionaries: the cache keeps ``weakref.ref`` objects whose callbacks do the
bookkeeping, with a generation number per key so that a value replaced by ``invalidate``
is ignored when it dies; the tracker keeps ``(ref, total)`` pairs under ``id()`` and drops
them from a ref callback, so an address reused later starts from zero."""

import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class SchemaCache(Generic[T]):
    """Loads values by key and shares them while, and only while, someone uses them."""

    def __init__(
        self, loader: Callable[[str], T], on_evict: Callable[[str], None] | None = None
    ) -> None:
        self._loader = loader
        self._on_evict = on_evict
        self._refs: dict[str, tuple[int, weakref.ref[Any]]] = {}
        self._generation = 0
        self._load_count = 0
        self._eviction_count = 0

    @property
    def loads(self) -> int:
        return self._load_count

    @property
    def evictions(self) -> int:
        return self._eviction_count

    def _live(self, key: str) -> Any:
        entry = self._refs.get(key)
        return None if entry is None else entry[1]()

    def get(self, key: str) -> T:
        """The live value for ``key``, loading it when no one holds it any more."""
        entry = self._refs.get(key)
        if entry is not None:
            value = entry[1]()
            if value is not None:
                return value  # type: ignore[no-any-return]
        value = self._loader(key)
        self._load_count += 1
        self._generation += 1
        generation = self._generation
        try:
            ref = weakref.ref(value, self._callback(key, generation))
        except TypeError:
            name = type(value).__name__
            raise TypeError(f"cache values must support weak references, got {name}") from None
        self._refs[key] = (generation, ref)
        return value  # type: ignore[no-any-return]

    def _callback(self, key: str, generation: int) -> Callable[[object], None]:
        return lambda _: self._died(key, generation)

    def _died(self, key: str, generation: int) -> None:
        entry = self._refs.get(key)
        if entry is None or entry[0] != generation:
            return  # invalidated: not an eviction
        del self._refs[key]
        if self._on_evict is not None:
            self._on_evict(key)
        self._eviction_count += 1

    def invalidate(self, key: str) -> bool:
        """Forget ``key`` now; its value, when collected later, is not an eviction."""
        alive = self._live(key) is not None
        self._refs.pop(key, None)
        return alive

    def keys(self) -> list[str]:
        """Keys whose values are still alive, sorted."""
        return sorted(key for key in self._refs if self._live(key) is not None)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._live(key) is not None

    def __len__(self) -> int:
        return len(self.keys())


class UsageTracker:
    """Per-object counters that disappear together with the object."""

    def __init__(self) -> None:
        self._entries: dict[int, tuple[weakref.ref[object], int]] = {}

    def record(self, owner: object, amount: int) -> None:
        """Add ``amount`` (>= 0) to ``owner``'s total."""
        if amount < 0:
            raise ValueError(f"amount must not be negative, got {amount}")
        address = id(owner)
        if address in self._entries:
            ref, total = self._entries[address]
            self._entries[address] = (ref, total + amount)
            return
        ref = weakref.ref(owner, lambda _, address=address: self._entries.pop(address, None))
        self._entries[address] = (ref, amount)

    def total(self, owner: object) -> int:
        """The total recorded for ``owner``; 0 if none."""
        entry = self._entries.get(id(owner))
        if entry is None or entry[0]() is not owner:
            return 0
        return entry[1]

    def __len__(self) -> int:
        return len(self._entries)
