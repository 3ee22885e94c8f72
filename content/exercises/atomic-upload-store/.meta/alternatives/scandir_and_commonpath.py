"""Atomic upload store with NamedTemporaryFile, a recursive os.scandir walk and
os.path.commonpath for containment."""

from __future__ import annotations

import asyncio
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never a
    partial one, even after a crash."""
    try:
        existing = path.lstat()
    except FileNotFoundError:
        mode = 0o644
    else:
        mode = stat.S_IMODE(existing.st_mode) if stat.S_ISREG(existing.st_mode) else 0o644
    with tempfile.NamedTemporaryFile(
        dir=str(path.parent), prefix="." + path.name + ".", suffix=".tmp", delete=False
    ) as temporary:
        name = Path(temporary.name)
        try:
            temporary.write(data)
            temporary.flush()
            os.fsync(temporary.fileno())
            name.chmod(mode)
            name.replace(path)
        except BaseException:
            name.unlink(missing_ok=True)
            raise


def _within(path: str, base: str) -> bool:
    return path != base and os.path.commonpath([path, base]) == base


def list_files(root: Path, suffixes: Iterable[str]) -> list[str]:
    """Relative POSIX paths of the visible files below ``root`` with one of ``suffixes``."""
    if not root.is_dir():
        raise NotADirectoryError(str(root))
    wanted = frozenset(suffixes)
    base = os.path.realpath(root)
    found: list[str] = []

    def visit(directory: str, prefix: str) -> None:
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    visit(entry.path, prefix + entry.name + "/")
                elif os.path.splitext(entry.name)[1].lower() in wanted:
                    if entry.is_symlink():
                        target = os.path.realpath(entry.path)
                        if not (_within(target, base) and os.path.isfile(target)):
                            continue
                    elif not entry.is_file(follow_symlinks=False):
                        continue
                    found.append(prefix + entry.name)

    visit(str(root), "")
    found.sort()
    return found


def safe_join(root: Path, name: str) -> Path:
    """The resolved path ``name`` names below ``root``; ``PermissionError`` if it leaves."""
    base = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(base, name))
    if not _within(candidate, base):
        raise PermissionError(f"refusing {name!r}: it leaves the store")
    return Path(candidate)


def _save(root: Path, name: str, data: bytes) -> str:
    target = safe_join(root, name)
    os.makedirs(target.parent, exist_ok=True)
    atomic_write(target, data)
    return Path(os.path.relpath(target, os.path.realpath(root))).as_posix()


async def store_upload(root: Path, name: str, data: bytes) -> str:
    """Store ``data`` under ``root`` as ``name`` without blocking the event loop."""
    return await asyncio.to_thread(_save, root, name, data)
