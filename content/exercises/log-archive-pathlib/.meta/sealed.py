"""Sealed cases for log-archive-pathlib: names with several dots, no suffix, dot files,
folders with dots, unicode and spaces; real trees in a temporary directory with folders
named like CSV files, upper-case suffixes, hidden files and nested folders; archives made
twice, into missing and existing folders. Paths are observed relative to the temporary
directory."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from pyhero.sealed import Case, gen
from pyhero.sealed.fs import build_tree, list_tree

SOLUTION = "log_archive_pathlib"

NAMES = ("sales.csv", "app.tar.gz", "README", ".env", "report 2024.xlsx", "données.csv",
         "a.b.c.d", "x.CSV", "notes.txt")  # fmt: skip
FOLDERS = ("", "exports", "v1.2/logs", "my files", "données/été", "/srv/data")
CONTENTS = ("", "x", "12345", "café", "line\n" * 40, "🎉")


def backup_path(solution, folder, name, as_str):  # type: ignore[no-untyped-def]
    path = PurePosixPath(folder) / name
    result = solution.backup_path(str(path) if as_str else Path(path))
    return {"type": type(result).__name__ if isinstance(result, str) else "Path",
            "path": str(result)}  # fmt: skip


def _random_tree(rng: random.Random, depth: int) -> dict[str, object]:
    tree: dict[str, object] = {}
    for index in range(gen.pick(rng, (0, 1, 3, 6))):
        name = f"{index}{gen.pick(rng, ('', '-', ' '))}{gen.pick(rng, NAMES)}"
        if depth > 0 and gen.chance(rng, 0.3):
            tree[name] = _random_tree(rng, depth - 1)
        else:
            tree[name] = gen.pick(rng, CONTENTS)
    return tree


def on_tree(solution, function, tree, as_str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(directory, tree)
        return getattr(solution, function)(str(root) if as_str else root)


def archive(solution, tree, folder, writes):  # type: ignore[no-untyped-def]
    """``archive`` called for each ``(name, text)``; the returned paths (relative) and the
    tree afterwards, with each archived file's text."""
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(directory, tree)
        returned = []
        for name, text in writes:
            path = Path(solution.archive(root / folder if folder else root, name, text))
            returned.append(str(path.relative_to(root)))
        texts = {str(p.relative_to(root)): p.read_text(encoding="utf-8")
                 for p in sorted(root.rglob("*")) if p.is_file()}  # fmt: skip
        return {"returned": returned, "tree": list_tree(root), "texts": texts}


def cases(rng: random.Random) -> Iterator[Case]:
    for name in NAMES:
        yield Case.probe(backup_path, gen.pick(rng, FOLDERS), name, gen.chance(rng, 0.5), task=1)
    for _ in range(10):
        name = gen.pick(rng, NAMES)
        yield Case.probe(backup_path, gen.pick(rng, FOLDERS), name, gen.chance(rng, 0.5), task=1)
    for _ in range(20):
        tree = _random_tree(rng, 2)
        if gen.chance(rng, 0.3):
            tree["old.csv"] = {"inner.csv": "x"}
        yield Case.probe(
            on_tree, "csv_files", tree, gen.chance(rng, 0.5), task=2, group="csv_files"
        )
    for _ in range(20):
        tree = _random_tree(rng, 1)
        folder = gen.pick(rng, ("", "server", "new/deeper"))
        if folder == "" and gen.chance(rng, 0.5):
            tree["archive"] = {"kept.log": "old"}
        writes = [(gen.pick(rng, ("a.log", "b.log", "été.txt")), gen.pick(rng, CONTENTS))
                  for _ in range(rng.randint(1, 3))]  # fmt: skip
        yield Case.probe(archive, tree, folder, writes, task=3)
    for _ in range(20):
        tree = _random_tree(rng, 3)
        group = "folder_size"
        yield Case.probe(on_tree, "folder_size", tree, gen.chance(rng, 0.5), task=4, group=group)
