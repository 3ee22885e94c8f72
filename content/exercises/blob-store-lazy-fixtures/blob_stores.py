"""Blob stores: the same small key-value API over memory and over a directory."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DirectoryStore", "MemoryStore", "check_key"]

_MISSING = (FileNotFoundError, IsADirectoryError, NotADirectoryError)


def check_key(key: str) -> str:
    """``key`` when it is a valid key: ``/``-separated names, none empty, ``.`` or ``..``."""
    if not key or any(part in ("", ".", "..") for part in key.split("/")):
        raise ValueError(f"bad key: {key!r}")
    return key


class MemoryStore:
    """Blobs in a dict: for tests and caches."""

    def __init__(self) -> None:
        self._blobs: dict[str, bytes] = {}

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key``, replacing what was there."""
        self._blobs[check_key(key)] = bytes(data)

    def get(self, key: str) -> bytes:
        """The blob under ``key``; ``KeyError`` when there is none."""
        return self._blobs[check_key(key)]

    def delete(self, key: str) -> None:
        """Remove the blob under ``key``; ``KeyError`` when there is none."""
        del self._blobs[check_key(key)]

    def keys(self, prefix: str = "") -> list[str]:
        """The keys that start with ``prefix``, sorted."""
        return sorted(key for key in self._blobs if key.startswith(prefix))


class DirectoryStore:
    """Blobs as files under ``root``: the key ``a/b`` is the file ``root/a/b``."""

    def __init__(self, root: Path) -> None:
        self._root = root

    def _path(self, key: str) -> Path:
        return self._root.joinpath(*check_key(key).split("/"))

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key``, replacing what was there."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def get(self, key: str) -> bytes:
        """The blob under ``key``; ``KeyError`` when there is none."""
        try:
            return self._path(key).read_bytes()
        except _MISSING:
            raise KeyError(key) from None

    def delete(self, key: str) -> None:
        """Remove the blob under ``key``; ``KeyError`` when there is none."""
        try:
            self._path(key).unlink()
        except _MISSING:
            raise KeyError(key) from None

    def keys(self, prefix: str = "") -> list[str]:
        """The keys that start with ``prefix``, sorted."""
        found = (path.relative_to(self._root).as_posix() for path in self._root.rglob("*"))
        return sorted(
            key for key in found if key.startswith(prefix) and (self._root / key).is_file()
        )
