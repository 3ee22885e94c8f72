"""Safe pickle cache: implement state handling, the restricted loader and the helpers."""

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
        raise NotImplementedError

    def __setstate__(self, state: dict[str, Any]) -> None:
        raise NotImplementedError


class SafeUnpickler(pickle.Unpickler):
    """Refuses every global outside ALLOWED_GLOBALS."""

    def find_class(self, module: str, name: str) -> Any:
        raise NotImplementedError


def dumps_entry(entry: CacheEntry, protocol: int = pickle.HIGHEST_PROTOCOL) -> bytes:
    """Serialise an entry with a binary protocol (2 to pickle.HIGHEST_PROTOCOL)."""
    raise NotImplementedError


def loads_entry(data: bytes) -> CacheEntry:
    """Load an entry, allowing only known-safe globals."""
    raise NotImplementedError
