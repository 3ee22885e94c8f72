"""Storage plugins: make the protocols runtime-checkable and implement the rest."""

from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Storage(Protocol):
    """Anything that can read and write blobs by key."""

    def read(self, key: str) -> bytes | None: ...

    def write(self, key: str, data: bytes) -> None: ...


class Closeable(Protocol):
    """Anything holding a resource to release."""

    def close(self) -> None: ...


class Entity(Protocol):
    """Anything with a string ``id``."""

    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=Entity)


class MemoryStorage:
    """An in-memory backend; satisfies Storage and Closeable without inheriting them."""

    def __init__(self) -> None:
        """Start empty and open (``closed`` is False)."""
        raise NotImplementedError

    def read(self, key: str) -> bytes | None:
        """The stored bytes, or None for an unknown key."""
        raise NotImplementedError

    def write(self, key: str, data: bytes) -> None:
        """Store ``data`` (bytes only) under ``key``."""
        raise NotImplementedError

    def close(self) -> None:
        """Mark the storage closed."""
        raise NotImplementedError


def select_backends(candidates: Iterable[object]) -> list[Storage]:
    """The candidates that satisfy the Storage protocol, in order."""
    raise NotImplementedError


def close_all(resources: Iterable[object]) -> int:
    """Close every Closeable among ``resources``; return how many were closed."""
    raise NotImplementedError


class Repository(Generic[E]):
    """Entities of one class, by id, in insertion order."""

    def __init__(self, kind: type[E]) -> None:
        """Remember the entity class; start empty."""
        raise NotImplementedError

    def add(self, item: E) -> None:
        """Store a new entity of the right class."""
        raise NotImplementedError

    def get(self, entity_id: str) -> E | None:
        """The entity with that id, or None."""
        raise NotImplementedError

    def require(self, entity_id: str) -> E:
        """The entity with that id, or KeyError."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of entities."""
        raise NotImplementedError

    def __iter__(self) -> Iterator[E]:
        """The entities in insertion order."""
        raise NotImplementedError


def describe(value: int | str | bytes | None) -> str:
    """A log-friendly label that depends on the value's type."""
    raise NotImplementedError


def coalesce(*values: T | None) -> T:
    """The first value that is not None (falsy values count)."""
    raise NotImplementedError
