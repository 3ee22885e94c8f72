"""``folder_sizes`` adds up only the files directly inside each folder, and
``large_files`` keeps files strictly larger than ``min_size``.

A folder's size must include its sub-folders (``docs`` is 135, not 120), and a file of
exactly ``min_size`` bytes is "at least" that size. The visible tests catch both.
"""

from typing import Any

Tree = dict[str, Any]


def _join(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else name


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
            large_files(value, min_size, path, found)
        elif value > min_size:
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
            sizes[path] = sum(v for v in value.values() if not isinstance(v, dict))
            folder_sizes(value, path, sizes)
    return sizes
