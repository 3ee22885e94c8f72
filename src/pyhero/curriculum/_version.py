"""The content version: one hash of every file a grading or a page depends on."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

__all__ = ["content_version"]

_SKIPPED_DIRS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"})


def content_version(content_dir: Path) -> str:
    """SHA-256 over the relative path and bytes of every file under ``content_dir`` (caches
    left out), in a stable order: two machines with the same content agree on it."""
    digest = hashlib.sha256()
    root = Path(content_dir)
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIPPED_DIRS)
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = Path(directory) / name
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()
