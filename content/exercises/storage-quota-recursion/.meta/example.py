"""A cloud drive's folder tree: nested dicts of file sizes, walked recursively."""

from typing import Any

Tree = dict[str, Any]  # name -> size in bytes (int) or a folder (another Tree)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else name


def total_size(tree: Tree) -> int:
    """The size of every file in the tree, at any depth."""
    total = 0
    for value in tree.values():
        if isinstance(value, dict):
            total += total_size(value)
        else:
            total += value
    return total


def file_paths(tree: Tree, prefix: str = "") -> list[str]:
    """The path of every file, depth-first in dict order."""
    paths: list[str] = []
    for name, value in tree.items():
        path = _join(prefix, name)
        if isinstance(value, dict):
            paths.extend(file_paths(value, path))
        else:
            paths.append(path)
    return paths


def large_files(
    tree: Tree, min_size: int, prefix: str = "", found: list[tuple[str, int]] | None = None
) -> list[tuple[str, int]]:
    """Append ``(path, size)`` of every file of at least ``min_size`` bytes to ``found``."""
    if found is None:
        found = []
    for name, value in tree.items():
        path = _join(prefix, name)
        if isinstance(value, dict):
            large_files(value, min_size, path, found)
        elif value >= min_size:
            found.append((path, value))
    return found


def folder_sizes(
    tree: Tree, prefix: str = "", sizes: dict[str, int] | None = None
) -> dict[str, int]:
    """Record the total size of every folder, by path, in ``sizes``."""
    if sizes is None:
        sizes = {}
    for name, value in tree.items():
        if isinstance(value, dict):
            path = _join(prefix, name)
            sizes[path] = total_size(value)
            folder_sizes(value, path, sizes)
    return sizes
