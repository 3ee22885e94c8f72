"""Selects every candidate that has a ``read`` method.

``hasattr(candidate, "read")`` is half of the protocol: a read-only cache, which cannot
store anything, is picked as a storage backend. The visible test with a read-only cache
catches it.
"""

from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


@runtime_checkable
class Storage(Protocol):
    """Anything that can read and write blobs by key."""

    def read(self, key: str) -> bytes | None: ...

    def write(self, key: str, data: bytes) -> None: ...


@runtime_checkable
class Closeable(Protocol):
    """Anything holding a resource to release."""

    def close(self) -> None: ...


@runtime_checkable
class Entity(Protocol):
    """Anything with a string ``id``."""

    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=Entity)


class MemoryStorage:
    """An in-memory backend; satisfies Storage and Closeable without inheriting them."""

    def __init__(self) -> None:
        self._blobs: dict[str, bytes] = {}
        self.closed = False

    def _check_open(self) -> None:
        if self.closed:
            raise RuntimeError("storage is closed")

    def read(self, key: str) -> bytes | None:
        self._check_open()
        return self._blobs.get(key)

    def write(self, key: str, data: bytes) -> None:
        self._check_open()
        if not isinstance(data, bytes):
            raise TypeError(f"data must be bytes, got {type(data).__name__}")
        self._blobs[key] = data

    def close(self) -> None:
        self.closed = True


def select_backends(candidates: Iterable[object]) -> list[Storage]:
    """The candidates that satisfy the Storage protocol, in order."""
    return [candidate for candidate in candidates if hasattr(candidate, "read")]  # type: ignore[misc]


def close_all(resources: Iterable[object]) -> int:
    """Close every Closeable among ``resources``; return how many were closed."""
    closed = 0
    for resource in resources:
        if isinstance(resource, Closeable):
            resource.close()
            closed += 1
    return closed


class Repository(Generic[E]):
    """Entities of one class, by id, in insertion order."""

    def __init__(self, kind: type[E]) -> None:
        self._kind = kind
        self._items: dict[str, E] = {}

    def add(self, item: E) -> None:
        if not isinstance(item, self._kind):
            raise TypeError(f"expected {self._kind.__name__}, got {type(item).__name__}")
        if item.id in self._items:
            raise ValueError(f"duplicate id {item.id!r}")
        self._items[item.id] = item

    def get(self, entity_id: str) -> E | None:
        return self._items.get(entity_id)

    def require(self, entity_id: str) -> E:
        item = self.get(entity_id)
        if item is None:
            raise KeyError(entity_id)
        return item

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[E]:
        return iter(self._items.values())


def describe(value: int | str | bytes | None) -> str:
    """A log-friendly label that depends on the value's type."""
    if value is None:
        return "missing"
    if isinstance(value, bool):
        return f"bool:{value}"
    if isinstance(value, int):
        return f"int:{value}"
    if isinstance(value, str):
        return f"str:{value}"
    if isinstance(value, bytes):
        return f"bytes:{len(value)}"
    raise TypeError(f"unsupported type {type(value).__name__}")


def coalesce(*values: T | None) -> T:
    """The first value that is not None (falsy values count)."""
    for value in values:
        if value is not None:
            return value
    raise ValueError("all values are None")
