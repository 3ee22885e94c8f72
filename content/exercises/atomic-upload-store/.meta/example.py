"""Atomic upload store: crash-safe writes, filtered listings and names that stay inside
the store's root."""

from __future__ import annotations

import asyncio
import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

NEW_FILE_MODE = 0o644


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never a
    partial one, even after a crash."""
    mode = NEW_FILE_MODE
    with contextlib.suppress(FileNotFoundError):
        status = os.lstat(path)
        if stat.S_ISREG(status.st_mode):
            mode = stat.S_IMODE(status.st_mode)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def list_files(root: Path, suffixes: Iterable[str]) -> list[str]:
    """Relative POSIX paths of the visible files below ``root`` with one of ``suffixes``."""
    if not root.is_dir():
        raise NotADirectoryError(f"{root} is not a directory")
    wanted = set(suffixes)
    base = root.resolve()
    found: list[str] = []
    for directory, names, files in os.walk(root):
        names[:] = [name for name in names if not name.startswith(".")]
        for name in files:
            path = Path(directory, name)
            if name.startswith(".") or path.suffix.lower() not in wanted:
                continue
            if path.is_symlink() and not _inside(path.resolve(), base):
                continue
            if path.is_file():
                found.append(path.relative_to(root).as_posix())
    return sorted(found)


def safe_join(root: Path, name: str) -> Path:
    """The resolved path ``name`` names below ``root``; ``PermissionError`` if it leaves."""
    base = root.resolve()
    candidate = (base / name).resolve()
    if not _inside(candidate, base):
        raise PermissionError(f"{name!r} is outside {base}")
    return candidate


async def store_upload(root: Path, name: str, data: bytes) -> str:
    """Store ``data`` under ``root`` as ``name`` without blocking the event loop."""
    return await asyncio.to_thread(_store, root, name, data)


def _store(root: Path, name: str, data: bytes) -> str:
    target = safe_join(root, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)
    return target.relative_to(root.resolve()).as_posix()


def _inside(path: Path, base: Path) -> bool:
    return base in path.parents
