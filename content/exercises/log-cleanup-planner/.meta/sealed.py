"""Sealed cases for log-cleanup-planner: names whose suffixes hold ``.log`` in the middle,
upper-case ``.LOG``, rotation numbers past 9 (text order ≠ numeric order), other scripts'
digits and superscripts, other compressions; real trees with hidden files and directories,
directories named like logs, symbolic links to files, to directories and dangling ones, a
root that itself lies inside a hidden directory or is reached through a link; ages exactly
at, one second before and after each threshold; thresholds of zero; and a check that the
tree is unchanged afterwards.

Names never end with a dot or hold spaces inside a suffix (``Path.suffixes`` treats those
differently across Python versions), rotation numbers have no leading zeros, ages are whole
seconds (so ``st_mtime`` is exact), and invalid thresholds never meet an invalid root."""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyhero.sealed import Case, gen
from pyhero.sealed.fs import build_tree, link, list_tree

SOLUTION = "log_cleanup_planner"

DAY = 86_400
NOW = 1_700_000_000
LOG_NAMES = ("app.log", "app.log.1", "app.log.2", "app.log.9", "app.log.10", "app.log.11.gz",
             "app.log.2.gz", "app.log.3.bz2", "worker.log", "v1.2.log.4", "API.log.1", "é.log.1",
             "notes.log.txt", "a.b.log.c.d", "log.log", "x.log.0", "app.log.old")  # fmt: skip
OTHER_NAMES = ("catalog.txt", "app.logs", "app.LOG.1", "log", "README", "app.json", "logs.gz")
DIRECTORIES = ("api", "worker", "a", "a-b", "Z", "ünï", "archive.log.1", "nested")
HIDDEN = (".cache", ".trash", ".git")


def _ages(compress_days: int, delete_days: int) -> tuple[int, ...]:
    compress, delete = compress_days * DAY, delete_days * DAY
    return (0, 1, DAY // 2, compress - 1, compress, compress + 1, 3 * DAY, delete - 1, delete,
            delete + 1, 400 * DAY)  # fmt: skip


def _tree(rng: random.Random, ages: tuple[int, ...], depth: int = 0) -> dict[str, Any]:
    """A directory: log and other files (their content's length is their size), maybe
    subdirectories, hidden entries and links. File names map to ``(size, age)``."""
    tree: dict[str, Any] = {}
    for name in gen.some(rng, LOG_NAMES, rng.randint(0, 6)):
        tree[name] = (rng.randint(0, 3000), gen.pick(rng, ages))
    for name in gen.some(rng, OTHER_NAMES, rng.randint(0, 2)):
        tree[name] = (rng.randint(0, 100), gen.pick(rng, ages))
    if gen.chance(rng, 0.3):
        tree[gen.pick(rng, (".keep.log.1", ".app.log", ".hidden.log.2.gz"))] = (5, 400 * DAY)
    if depth < 2:
        for name in gen.some(rng, DIRECTORIES, rng.randint(0, 3 - depth)):
            tree[name] = _tree(rng, ages, depth + 1)
        if gen.chance(rng, 0.4):
            tree[gen.pick(rng, HIDDEN)] = {"old.log.1": (50, 400 * DAY), "x.log.2": (7, 3 * DAY)}
    files = [name for name, node in tree.items() if isinstance(node, tuple) and name in LOG_NAMES]
    if files and gen.chance(rng, 0.3):
        tree["current.log.5"] = link(gen.pick(rng, files))
    if gen.chance(rng, 0.2):
        tree["dangling.log.1"] = link("gone.log.1")
    directories = [name for name, node in tree.items() if isinstance(node, dict)]
    if directories and gen.chance(rng, 0.3):
        tree["shortcut"] = link(gen.pick(rng, directories))
    return tree


def _materialise(root: Path, tree: dict[str, Any]) -> None:
    """Build the tree, then give each file its age (links keep their target's)."""
    plain = {name: (b"x" * node[0] if isinstance(node, tuple) and node[0] != "symlink"
                    else _plain(node)) for name, node in tree.items()}  # fmt: skip
    build_tree(root, plain)
    _touch(root, tree)


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {name: (b"x" * child[0] if isinstance(child, tuple) and child[0] != "symlink"
                       else _plain(child)) for name, child in node.items()}  # fmt: skip
    return node


def _touch(directory: Path, tree: dict[str, Any]) -> None:
    for name, node in tree.items():
        if isinstance(node, dict):
            _touch(directory / name, node)
        elif isinstance(node, tuple) and node[0] != "symlink":
            mtime = NOW - node[1]
            os.utime(directory / name, (mtime, mtime), follow_symlinks=False)


def plan(solution, tree, options, *, root_kind="plain"):  # type: ignore[no-untyped-def]
    """``plan_cleanup`` on a real tree (its root plain, inside a hidden directory or reached
    through a link), as its four fields, and whether the tree is unchanged afterwards."""
    with tempfile.TemporaryDirectory() as directory:
        base = Path(directory)
        real = base / ".platform" / "logs" if root_kind == "hidden" else base / "logs"
        real.mkdir(parents=True)
        _materialise(real, tree)
        root = real
        if root_kind == "link":
            root = base / "via-link"
            root.symlink_to(real, target_is_directory=True)
        before = list_tree(real)
        result = solution.plan_cleanup(root, NOW, **options)
        return {"delete": result.delete, "compress": result.compress, "keep": result.keep,
                "reclaimed_bytes": result.reclaimed_bytes,
                "tree unchanged": list_tree(real) == before}  # fmt: skip


def bad_root(solution, kind):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        base = Path(directory)
        (base / "app.log").write_text("x")
        (base / "dangling").symlink_to(base / "missing")
        root = {"missing": base / "missing", "file": base / "app.log",
                "dangling": base / "dangling"}[kind]  # fmt: skip
        return solution.plan_cleanup(root, NOW)


def rotation(solution, directory, name):  # type: ignore[no-untyped-def]
    return str(solution.next_rotation(Path(directory) / name))


def log_file(solution, directory, name):  # type: ignore[no-untyped-def]
    return solution.is_log_file(Path(directory) / name)


ROTATABLE = ("app.log", "app.log.1", "app.log.9", "app.log.99", "app.log.0", "app.log.4.gz",
             "app.log.9.gz", "v1.2.log", "my app.log.0", "log.log", "a.b.log.12", "é.log.3.gz",
             "app.log.12345678901234567890")  # fmt: skip
NOT_ROTATABLE = ("app.txt", "app.log.gz", "app.log.old", "app.1", "app.log.x.gz", "APP.LOG",
                 "app.LOG.1", "app.log.\u0663", "app.log.\u00b2", "app.log.\uff11", "app.log.-1",
                 "app.log.1.bz2", "app.log.1.gz.gz", ".log", "app.log.+1",
                 "app.logs.1")  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed, over the two tasks."""
    directories = ("var/log/api", "/var/log/api", ".", "/a.log.1/b")
    for name in (*LOG_NAMES, *OTHER_NAMES, ".log", ".app.log", "app.log.3.GZ"):
        yield Case.probe(log_file, gen.pick(rng, directories), name, task=1)
    for name in ROTATABLE:
        yield Case.probe(rotation, gen.pick(rng, directories), name, task=1)
    group = "next_rotation: not rotatable"
    for name in NOT_ROTATABLE:
        yield Case.probe(rotation, gen.pick(rng, directories), name, task=1, group=group,
                         message="rotatable")  # fmt: skip
    for _ in range(35):
        compress_days, delete_days = gen.pick(rng, ((1, 30), (1, 30), (2, 7), (0, 1), (0, 400)))
        options: dict[str, int] = {}
        if (compress_days, delete_days) != (1, 30) or gen.chance(rng, 0.3):
            options = {"compress_after_days": compress_days, "delete_after_days": delete_days}
        tree = _tree(rng, _ages(compress_days, delete_days))
        root_kind = gen.pick(rng, ("plain", "plain", "hidden", "link"))
        yield Case.probe(plan, tree, options, task=2, root_kind=root_kind)
    group = "plan_cleanup: bad arguments"
    for compress_days, delete_days in ((-1, 5), (5, 5), (6, 5), (0, 0), (-3, -1)):
        options = {"compress_after_days": compress_days, "delete_after_days": delete_days}
        yield Case.probe(plan, {}, options, task=2, group=group, message="compress_after_days")
    for kind in ("missing", "file", "dangling"):
        yield Case.probe(bad_root, kind, task=2, group=group)
