"""WRONG: store_upload runs safe_join and mkdir on the event loop thread; only atomic_write
goes to a thread.

Found by a blind attack; the visible tests alone do not catch it (the sealed set does).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    try:
        st = os.lstat(path)
        perms = stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) else 0o644
    except FileNotFoundError:
        perms = 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, perms)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def list_files(root: Path, suffixes: Iterable[str]) -> list[str]:
    root = Path(root)
    if not root.is_dir():
        raise NotADirectoryError(str(root))
    wanted = {s.lower() for s in suffixes}
    real_root = root.resolve()
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fn in filenames:
            if fn.startswith("."):
                continue
            p = Path(dirpath) / fn
            if p.suffix.lower() not in wanted:
                continue
            if p.is_symlink():
                try:
                    target = p.resolve(strict=True)
                except (OSError, RuntimeError):
                    continue
                if real_root not in target.parents or not stat.S_ISREG(os.stat(target).st_mode):
                    continue
            elif not p.is_file():
                continue
            out.append(p.relative_to(root).as_posix())
    return sorted(out)


def safe_join(root: Path, name: str) -> Path:
    base = Path(root).resolve()
    candidate = (base / name).resolve()
    if base not in candidate.parents:
        raise PermissionError(f"{name!r} leaves the store")
    return candidate


def _store(root: Path, name: str, data: bytes) -> str:
    target = safe_join(root, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)
    return target.relative_to(Path(root).resolve()).as_posix()


async def store_upload(root: Path, name: str, data: bytes) -> str:
    target = safe_join(root, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    await asyncio.to_thread(atomic_write, target, data)
    return target.relative_to(Path(root).resolve()).as_posix()
