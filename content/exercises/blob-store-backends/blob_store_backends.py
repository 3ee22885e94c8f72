"""An abstract blob-store interface, an in-memory backend and a plug-in check."""

from abc import ABC
from collections.abc import Iterator

MAX_KEY_LENGTH = 256


class BlobStore(ABC):  # noqa: B024 - add the abstract methods
    """Interface every storage backend implements; helpers are built on top of it.

    Abstract methods: put(key, data), get(key), delete(key), keys().
    """

    def put(self, key: str, data: bytes | bytearray | memoryview) -> None:
        """Store ``data`` under ``key``, replacing any previous value."""
        raise NotImplementedError("BlobStore.put")

    def get(self, key: str) -> bytes:
        """Return the bytes stored under ``key``; raise ``KeyError`` if absent."""
        raise NotImplementedError("BlobStore.get")

    def delete(self, key: str) -> bool:
        """Remove ``key``; return whether it existed."""
        raise NotImplementedError("BlobStore.delete")

    def keys(self) -> Iterator[str]:
        """Iterate over stored keys in sorted order."""
        raise NotImplementedError("BlobStore.keys")

    @staticmethod
    def validate_key(key: str) -> str:
        """Return ``key`` if it is a safe relative key, else raise ``ValueError``."""
        raise NotImplementedError("BlobStore.validate_key")

    def exists(self, key: str) -> bool:
        """True when ``key`` is stored."""
        raise NotImplementedError("BlobStore.exists")

    def copy(self, source: str, target: str) -> None:
        """Store the value of ``source`` under ``target`` too."""
        raise NotImplementedError("BlobStore.copy")

    def total_size(self) -> int:
        """Sum of the sizes of all stored values in bytes."""
        raise NotImplementedError("BlobStore.total_size")


class MemoryBlobStore(BlobStore):
    """A dictionary-backed store for tests and local development."""

    def __init__(self) -> None:
        raise NotImplementedError("MemoryBlobStore.__init__")


def check_backend(cls: type) -> type[BlobStore]:
    """Return ``cls`` if it is a complete BlobStore backend, else raise ``TypeError``."""
    raise NotImplementedError("check_backend")
