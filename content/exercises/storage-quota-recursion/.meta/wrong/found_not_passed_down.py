"""The recursive call of ``large_files`` leaves ``found`` out, and its result is thrown away.

Each folder then starts its own new list, fills it and returns it to a caller that ignores
it: only the files at the top of the tree are reported. The visible tests catch it.
"""

from typing import Any

Tree = dict[str, Any]


def _join(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else name


def total_size(tree: Tree) -> int:
    total = 0
    for value in tree.values():
        total += total_size(value) if isinstance(value, dict) else value
    return total


def file_paths(tree: Tree, prefix: str = "") -> list[str]:
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
    if found is None:
        found = []
    for name, value in tree.items():
        path = _join(prefix, name)
        if isinstance(value, dict):
            large_files(value, min_size, path)
        elif value >= min_size:
            found.append((path, value))
    return found


def folder_sizes(
    tree: Tree, prefix: str = "", sizes: dict[str, int] | None = None
) -> dict[str, int]:
    if sizes is None:
        sizes = {}
    for name, value in tree.items():
        if isinstance(value, dict):
            path = _join(prefix, name)
            sizes[path] = total_size(value)
            folder_sizes(value, path, sizes)
    return sizes
