"""Sealed cases for storage-quota-recursion: random trees with empty folders, deep
chains, names with spaces, dots and unicode, zero-byte files, sizes equal to the limit,
prefixes given and not, accumulators given (non-empty) and not, the same function called
twice in a row."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "storage_quota_recursion"

SIZES = (0, 1, 3, 12, 120, 2048, 2048, 4096, 10**9)
PREFIXES = ("backup", "home/ana", "données", "a b")


def _tree(rng: random.Random, levels: int) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for index in range(gen.pick(rng, (0, 1, 2, 3, 5))):
        name = f"{gen.word(rng, max_length=6)}{index}"
        if levels > 0 and gen.chance(rng, 0.4):
            tree[name] = _tree(rng, levels - 1)
        else:
            tree[name + gen.pick(rng, (".txt", ".jpg", "", ".tar.gz"))] = gen.pick(rng, SIZES)
    return tree


def _trees(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    for _ in range(count):
        yield _tree(rng, gen.pick(rng, (0, 1, 2, 3, 5)))
    chain: dict[str, Any] = {"deep.bin": 2048}
    for level in range(40):
        chain = {f"d{level}": chain, f"f{level}.txt": level}
    yield chain


def twice(solution, function, first, second):  # type: ignore[no-untyped-def]
    """Two calls in a row with positional arguments ``first`` then ``second``."""
    call = getattr(solution, function)
    return [call(*first), call(*second)]


def into_given(solution, function, tree, given, *args):  # type: ignore[no-untyped-def]
    """``function(tree, *args, given)`` with a caller's accumulator."""
    result = getattr(solution, function)(tree, *args, given)
    return {"returned the given one": result is given, "accumulator": given}


def cases(rng: random.Random) -> Iterator[Case]:
    for tree in _trees(rng, 20):
        yield Case.call("total_size", tree, task=1)
    for tree in _trees(rng, 20):
        if gen.chance(rng, 0.4):
            yield Case.call("file_paths", tree, gen.pick(rng, PREFIXES), task=2)
        else:
            yield Case.call("file_paths", tree, task=2)
    for tree in _trees(rng, 25):
        limit = gen.pick(rng, SIZES)
        if gen.chance(rng, 0.3):
            given = [("earlier.iso", 7)] if gen.chance(rng, 0.5) else []
            prefix = gen.pick(rng, ("", *PREFIXES))
            group = "large_files: into the caller's list"
            yield Case.probe(
                into_given, "large_files", tree, given, limit, prefix, task=3, group=group
            )
        elif gen.chance(rng, 0.3):
            other = next(_trees(rng, 1))
            group = "large_files: twice in a row"
            yield Case.probe(
                twice, "large_files", (tree, limit), (other, limit), task=3, group=group
            )
        else:
            yield Case.call("large_files", tree, limit, task=3)
    for tree in _trees(rng, 25):
        if gen.chance(rng, 0.3):
            given = {"other": 1} if gen.chance(rng, 0.5) else {}
            prefix = gen.pick(rng, ("", *PREFIXES))
            group = "folder_sizes: into the caller's dict"
            yield Case.probe(into_given, "folder_sizes", tree, given, prefix, task=4, group=group)
        elif gen.chance(rng, 0.3):
            group = "folder_sizes: twice in a row"
            other = next(_trees(rng, 1))
            yield Case.probe(twice, "folder_sizes", (tree,), (other,), task=4, group=group)
        else:
            yield Case.call("folder_sizes", tree, task=4)
