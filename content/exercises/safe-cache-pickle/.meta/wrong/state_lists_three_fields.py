"""Builds the state by hand from the three documented fields.

``{"key": ..., "value": ..., "hits": ...}`` is what the instructions show for a plain entry,
so the visible tests pass; an attribute a caller added to the entry (its ``tags``) is
silently lost in the cache, although the state is meant to be the instance dict minus the
lock and the callback.
"""

import io
import pickle
import threading
from collections.abc import Callable
from typing import Any

ALLOWED_GLOBALS = frozenset(
    {
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("builtins", "complex"),
        ("datetime", "datetime"),
        ("datetime", "date"),
        ("datetime", "timedelta"),
        ("datetime", "timezone"),
        ("decimal", "Decimal"),
        (__name__, "CacheEntry"),
    }
)


class CacheEntry:
    """A cached value with a hit counter, a lock and an optional eviction callback."""

    def __init__(self, key: str, value: Any, on_evict: Callable[[str], None] | None = None) -> None:
        self.key = key
        self.value = value
        self.hits = 0
        self.on_evict = on_evict
        self.lock = threading.Lock()

    def touch(self) -> Any:
        with self.lock:
            self.hits += 1
        return self.value

    def __getstate__(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "hits": self.hits}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.on_evict = None
        self.lock = threading.Lock()


class SafeUnpickler(pickle.Unpickler):
    """Refuses every global outside ALLOWED_GLOBALS."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in ALLOWED_GLOBALS:
            raise pickle.UnpicklingError(f"forbidden global {module}.{name}")
        return super().find_class(module, name)


def dumps_entry(entry: CacheEntry, protocol: int = pickle.HIGHEST_PROTOCOL) -> bytes:
    """Serialise an entry with a binary protocol (2 to pickle.HIGHEST_PROTOCOL)."""
    if not 2 <= protocol <= pickle.HIGHEST_PROTOCOL:
        raise ValueError(f"protocol must be between 2 and {pickle.HIGHEST_PROTOCOL}")
    return pickle.dumps(entry, protocol=protocol)


def loads_entry(data: bytes) -> CacheEntry:
    """Load an entry, allowing only known-safe globals."""
    entry = SafeUnpickler(io.BytesIO(data)).load()
    if not isinstance(entry, CacheEntry):
        raise pickle.UnpicklingError(f"expected a CacheEntry, got {type(entry).__name__}")
    return entry
