"""State as a dict comprehension over ``vars(self)``; ``__setstate__`` through ``setattr``;
the entry written by an explicit ``pickle.Pickler``; the protocol checked with ``range``;
the restricted load in a helper that closes its stream."""

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
_UNPICKLED = ("lock", "on_evict")


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
        return {name: value for name, value in vars(self).items() if name not in _UNPICKLED}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self.lock = threading.Lock()
        self.on_evict = None


class SafeUnpickler(pickle.Unpickler):
    """Refuses every global outside ALLOWED_GLOBALS."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in ALLOWED_GLOBALS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"forbidden global {module}.{name}")


def dumps_entry(entry: CacheEntry, protocol: int = pickle.HIGHEST_PROTOCOL) -> bytes:
    """Serialise an entry with a binary protocol (2 to pickle.HIGHEST_PROTOCOL)."""
    if protocol not in range(2, pickle.HIGHEST_PROTOCOL + 1):
        raise ValueError(f"unsupported pickle protocol {protocol}")
    buffer = io.BytesIO()
    pickle.Pickler(buffer, protocol=protocol).dump(entry)
    return buffer.getvalue()


def _restricted_load(data: bytes) -> object:
    with io.BytesIO(data) as stream:
        return SafeUnpickler(stream).load()


def loads_entry(data: bytes) -> CacheEntry:
    """Load an entry, allowing only known-safe globals."""
    loaded = _restricted_load(data)
    if not isinstance(loaded, CacheEntry):
        raise pickle.UnpicklingError(f"expected a CacheEntry, got {loaded.__class__.__name__}")
    return loaded
