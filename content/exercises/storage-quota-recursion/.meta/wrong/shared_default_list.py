"""``large_files`` and ``folder_sizes`` use ``[]`` and ``{}`` as their accumulator defaults.

The accumulator is made once, when the ``def`` line runs, so each call without one keeps
adding to what earlier calls collected. The visible tests catch it on the second call.
"""

from typing import Any

Tree = dict[str, Any]


def _join(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else name


def total_size(tree: Tree) -> int:
    return sum(total_size(v) if isinstance(v, dict) else v for v in tree.values())


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
    tree: Tree,
    min_size: int,
    prefix: str = "",
    found: list[tuple[str, int]] = [],  # noqa: B006
) -> list[tuple[str, int]]:
    for name, value in tree.items():
        path = _join(prefix, name)
        if isinstance(value, dict):
            large_files(value, min_size, path, found)
        elif value >= min_size:
            found.append((path, value))
    return found


def folder_sizes(
    tree: Tree,
    prefix: str = "",
    sizes: dict[str, int] = {},  # noqa: B006
) -> dict[str, int]:
    for name, value in tree.items():
        if isinstance(value, dict):
            path = _join(prefix, name)
            sizes[path] = total_size(value)
            folder_sizes(value, path, sizes)
    return sizes
