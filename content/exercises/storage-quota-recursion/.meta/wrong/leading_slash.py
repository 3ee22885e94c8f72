"""Paths are built as ``prefix + "/" + name`` even at the top, where the prefix is empty.

Every path then starts with a slash (``/docs/cv.pdf``), which the instructions rule
out. The visible tests catch it.
"""

from typing import Any

Tree = dict[str, Any]


def total_size(tree: Tree) -> int:
    total = 0
    for value in tree.values():
        if isinstance(value, dict):
            total += total_size(value)
        else:
            total += value
    return total


def file_paths(tree: Tree, prefix: str = "") -> list[str]:
    paths: list[str] = []
    for name, value in tree.items():
        if isinstance(value, dict):
            paths.extend(file_paths(value, prefix + "/" + name))
        else:
            paths.append(prefix + "/" + name)
    return paths


def large_files(
    tree: Tree, min_size: int, prefix: str = "", found: list[tuple[str, int]] | None = None
) -> list[tuple[str, int]]:
    if found is None:
        found = []
    for name, value in tree.items():
        if isinstance(value, dict):
            large_files(value, min_size, prefix + "/" + name, found)
        elif value >= min_size:
            found.append((prefix + "/" + name, value))
    return found


def folder_sizes(
    tree: Tree, prefix: str = "", sizes: dict[str, int] | None = None
) -> dict[str, int]:
    if sizes is None:
        sizes = {}
    for name, value in tree.items():
        if isinstance(value, dict):
            sizes[prefix + "/" + name] = total_size(value)
            folder_sizes(value, prefix + "/" + name, sizes)
    return sizes
