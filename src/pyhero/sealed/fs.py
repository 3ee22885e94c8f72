"""File-system fixtures from plain data: files, (dot-)directories and symbolic links.

A tree is a dict from names to nodes: a ``str`` is a UTF-8 text file, ``bytes`` a binary
file, a dict a directory, and ``link(target)`` (the tuple ``("symlink", target)``) a
symbolic link, which may dangle or point at a directory. All of it is plain data, so a
tree can be a sealed case's argument.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

__all__ = ["build_tree", "link", "list_tree"]


def link(target: str) -> tuple[str, str]:
    """A symbolic-link node pointing at ``target`` (relative to the link's directory, or
    absolute)."""
    return ("symlink", target)


def build_tree(root: str | os.PathLike[str], tree: Mapping[str, object]) -> Path:
    """Create ``tree`` under ``root`` (made if missing); return ``root`` as a ``Path``."""
    base = Path(root)
    base.mkdir(parents=True, exist_ok=True)
    for name, node in tree.items():
        if not isinstance(name, str) or name in ("", ".", "..") or "/" in name or "\0" in name:
            raise ValueError(f"{base}: {name!r} is not a file name")
        path = base / name
        if isinstance(node, str):
            path.write_text(node, encoding="utf-8", newline="")
        elif isinstance(node, bytes | bytearray):
            path.write_bytes(bytes(node))
        elif isinstance(node, Mapping):
            build_tree(path, node)
        elif isinstance(node, tuple) and len(node) == 2 and node[0] == "symlink":
            os.symlink(str(node[1]), path)
        else:
            raise TypeError(
                f"{path}: a node is str, bytes, a dict or link(target), not {type(node).__name__}"
            )
    return base


def list_tree(root: str | os.PathLike[str]) -> list[str]:
    """Everything under ``root`` relative to it, sorted, symbolic links never followed:
    ``"dir/"`` for a directory, ``"name -> target"`` for a link, ``"name"`` otherwise."""
    listing: list[str] = []
    _walk(Path(root), "", listing)
    return sorted(listing)


def _walk(directory: Path, prefix: str, listing: list[str]) -> None:
    with os.scandir(directory) as entries:
        for entry in entries:
            relative = prefix + entry.name
            if entry.is_symlink():
                listing.append(f"{relative} -> {os.readlink(entry.path)}")
            elif entry.is_dir(follow_symlinks=False):
                listing.append(relative + "/")
                _walk(Path(entry.path), relative + "/", listing)
            else:
                listing.append(relative)
