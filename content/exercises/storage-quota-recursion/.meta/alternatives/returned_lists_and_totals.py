"""Results returned and combined instead of one accumulator handed down: each folder's
call returns its own files (added to the caller's list at the top) and a helper returns a
folder's total while recording it, so every size is computed once."""

from typing import Any

Tree = dict[str, Any]


def total_size(tree: Tree) -> int:
    return sum(total_size(v) if isinstance(v, dict) else v for v in tree.values())


def file_paths(tree: Tree, prefix: str = "") -> list[str]:
    paths: list[str] = []
    for name, value in tree.items():
        path = prefix + "/" + name if prefix != "" else name
        paths += file_paths(value, path) if isinstance(value, dict) else [path]
    return paths


def _large(tree: Tree, min_size: int, prefix: str) -> list[tuple[str, int]]:
    pairs: list[tuple[str, int]] = []
    for name, value in tree.items():
        path = prefix + "/" + name if prefix != "" else name
        if isinstance(value, dict):
            pairs += _large(value, min_size, path)
        elif not value < min_size:
            pairs.append((path, value))
    return pairs


def large_files(
    tree: Tree, min_size: int, prefix: str = "", found: list[tuple[str, int]] | None = None
) -> list[tuple[str, int]]:
    result = [] if found is None else found
    result.extend(_large(tree, min_size, prefix))
    return result


def _record(tree: Tree, prefix: str, sizes: dict[str, int]) -> int:
    """Record every folder below ``tree``; return the size of ``tree``."""
    total = 0
    for name, value in tree.items():
        if isinstance(value, dict):
            path = prefix + "/" + name if prefix != "" else name
            sizes[path] = _record(value, path, sizes)
            total += sizes[path]
        else:
            total += value
    return total


def folder_sizes(
    tree: Tree, prefix: str = "", sizes: dict[str, int] | None = None
) -> dict[str, int]:
    result = {} if sizes is None else sizes
    _record(tree, prefix, result)
    return result
