"""A cloud drive's folder tree: nested dicts of file sizes, walked recursively."""

from typing import Any

Tree = dict[str, Any]  # name -> size in bytes (int) or a folder (another Tree)


def total_size(tree: Tree) -> int:
    """The size of every file in the tree, at any depth."""
    raise NotImplementedError("total_size")


def file_paths(tree: Tree, prefix: str = "") -> list[str]:
    """The path of every file, depth-first in dict order."""
    raise NotImplementedError("file_paths")


def large_files(
    tree: Tree, min_size: int, prefix: str = "", found: list[tuple[str, int]] | None = None
) -> list[tuple[str, int]]:
    """Append ``(path, size)`` of every file of at least ``min_size`` bytes to ``found``."""
    raise NotImplementedError("large_files")


def folder_sizes(
    tree: Tree, prefix: str = "", sizes: dict[str, int] | None = None
) -> dict[str, int]:
    """Record the total size of every folder, by path, in ``sizes``."""
    raise NotImplementedError("folder_sizes")
