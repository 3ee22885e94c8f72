"""Atomic upload store: crash-safe writes, filtered listings and names that stay inside
the store's root."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never a
    partial one, even after a crash."""
    raise NotImplementedError


def list_files(root: Path, suffixes: Iterable[str]) -> list[str]:
    """Relative POSIX paths of the visible files below ``root`` with one of ``suffixes``."""
    raise NotImplementedError


def safe_join(root: Path, name: str) -> Path:
    """The resolved path ``name`` names below ``root``; ``PermissionError`` if it leaves."""
    raise NotImplementedError


async def store_upload(root: Path, name: str, data: bytes) -> str:
    """Store ``data`` under ``root`` as ``name`` without blocking the event loop."""
    raise NotImplementedError
