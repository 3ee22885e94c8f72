"""Keys checked through ``PurePosixPath.parts``; the memory backend keeps a sorted list of
keys next to its dictionary (``bisect``), so ``keys()`` needs no sort; the helpers go
through ``keys()`` only; the plug-in check scans the class for attributes still marked
abstract."""

import bisect
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import PurePosixPath

MAX_KEY_LENGTH = 256


class BlobStore(ABC):
    """Interface every storage backend implements; helpers are built on top of it."""

    @abstractmethod
    def put(self, key: str, data: bytes | bytearray | memoryview) -> None:
        """Store ``data`` under ``key``, replacing any previous value."""

    @abstractmethod
    def get(self, key: str) -> bytes:
        """Return the bytes stored under ``key``; raise ``KeyError`` if absent."""

    @abstractmethod
    def delete(self, key: str) -> bool:
        """Remove ``key``; return whether it existed."""

    @abstractmethod
    def keys(self) -> Iterator[str]:
        """Iterate over stored keys in sorted order."""

    @staticmethod
    def validate_key(key: str) -> str:
        """Return ``key`` if it is a safe relative key, else raise ``ValueError``."""
        if not 1 <= len(key) <= MAX_KEY_LENGTH:
            raise ValueError("a key has 1 to 256 characters")
        if key[0] == "/":
            raise ValueError("a key is relative")
        if ".." in PurePosixPath(key).parts:
            raise ValueError("a key cannot climb out with '..'")
        return key

    def exists(self, key: str) -> bool:
        """True when ``key`` is stored."""
        return any(stored == key for stored in self.keys())

    def copy(self, source: str, target: str) -> None:
        """Store the value of ``source`` under ``target`` too."""
        value = self.get(source)
        self.put(target, value)

    def total_size(self) -> int:
        """Sum of the sizes of all stored values in bytes."""
        size = 0
        for key in self.keys():
            size += len(self.get(key))
        return size


class MemoryBlobStore(BlobStore):
    """A dictionary-backed store for tests and local development."""

    def __init__(self) -> None:
        self._values: dict[str, bytes] = {}
        self._order: list[str] = []

    def put(self, key: str, data: bytes | bytearray | memoryview) -> None:
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("put takes bytes, a bytearray or a memoryview")
        key = self.validate_key(key)
        if key not in self._values:
            bisect.insort(self._order, key)
        self._values[key] = bytes(data)

    def get(self, key: str) -> bytes:
        if key not in self._values:
            raise KeyError(key)
        return self._values[key]

    def delete(self, key: str) -> bool:
        if key not in self._values:
            return False
        del self._values[key]
        self._order.remove(key)
        return True

    def keys(self) -> Iterator[str]:
        return iter(list(self._order))


def check_backend(cls: type) -> type[BlobStore]:
    """Return ``cls`` if it is a complete BlobStore backend, else raise ``TypeError``."""
    if not issubclass(cls, BlobStore):
        raise TypeError(f"{cls.__name__} is not a BlobStore")
    abstract = [
        name
        for name in dir(cls)
        if getattr(getattr(cls, name, None), "__isabstractmethod__", False)
    ]
    if abstract:
        raise TypeError(f"{cls.__name__} does not implement: {', '.join(sorted(abstract))}")
    return cls
