"""Sealed cases for atomic-upload-store.

Writes on real trees: new files and files with modes 0o600, 0o640, 0o755, empty and
large data, targets that are links (to files, to directories, dangling), directories,
under a missing parent or under a file; each write observed through spies on
``os.fsync``, ``os.replace`` and ``os.rename`` (order and the temporary file's place),
then the tree, the content and the mode. Listings of trees with hidden files and
directories at several depths, upper-case suffixes, names with several dots, links to
files inside and outside the store (relative, absolute, through ``..`` and back, chains),
dangling links and links to directories, with the root plain, inside a hidden directory
or reached through a link. Names that climb out, climb out and back, are absolute,
name the root or a sibling with a common prefix, or pass through links. Uploads into new
nested directories and over existing files, with names holding ``.`` and ``..``, with
the threads ``os.fsync``, ``os.mkdir`` and ``Path.resolve`` ran on. On every seed: new
files written under umask 077, ``str`` data, and a link into ``store-old`` beside the root.
"""

from __future__ import annotations

import hashlib
import os
import random
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.fs import build_tree, link, list_tree
from pyhero.sealed.record import spy

SOLUTION = "atomic_upload_store"


class _Tagged(list):  # type: ignore[type-arg]
    """A spy's call list that also writes each call, tagged, into a shared log."""

    def __init__(self, tag: str, log: list[Any]) -> None:
        super().__init__()
        self.tag, self.log = tag, log

    def append(self, item: Any) -> None:
        super().append(item)
        self.log.append((self.tag, item[0], threading.current_thread() is threading.main_thread()))


def _digest(path: Path) -> Any:
    if path.is_symlink() or not path.is_file():
        return None
    data = path.read_bytes()
    return [
        len(data),
        hashlib.sha256(data).hexdigest()[:16],
        oct(stat.S_IMODE(path.stat().st_mode)),
    ]


def _contents(root: Path) -> dict[str, Any]:
    return {name: _digest(root / name) for name in list_tree(root)
            if not name.endswith("/") and " -> " not in name}  # fmt: skip


def _watched(solution: Any, log: list[Any]) -> Any:
    """Spies on fsync, replace and rename writing one ordered log."""
    from contextlib import ExitStack

    stack = ExitStack()
    for name in ("fsync", "replace", "rename"):
        watcher = stack.enter_context(spy(os, name, modules=[solution]))
        watcher.calls = _Tagged(name, log)
    return stack


def _summary(log: list[Any], target: Path) -> dict[str, Any]:
    renames = [i for i, entry in enumerate(log) if entry[0] in ("replace", "rename")]
    if not renames:
        return {"renamed": False}
    first = renames[0]
    source = Path(log[first][1][0])
    destination = Path(log[first][1][1])
    return {
        "renamed": True,
        "synced first": any(entry[0] == "fsync" for entry in log[:first]),
        "temporary beside the target": source.parent == target.parent,
        "temporary name": source.name.startswith(f".{target.name}.")
        and source.name.endswith(".tmp"),
        "onto the target": destination == target,
    }


def _normalise_modes(root: Path) -> None:
    """0o644 for every file, whatever the process's umask, before a case sets its own."""
    for directory, _, files in os.walk(root):
        for name in files:
            path = Path(directory, name)
            if not path.is_symlink():
                path.chmod(0o644)


def write(solution, tree, modes, target, size, seed, umask=None, as_text=False):  # type: ignore[no-untyped-def]
    """``atomic_write(root / target, data)`` on a real tree; ``modes`` chmods files first.
    ``umask`` (if any) is the process's umask during the write; ``as_text`` sends a ``str``."""
    data: Any = random.Random(seed).randbytes(size)
    if as_text:
        data = data.hex()
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(Path(directory) / "store", tree)
        _normalise_modes(root)
        for name, mode in modes.items():
            os.chmod(root / name, mode)
        log: list[Any] = []
        previous = os.umask(umask) if umask is not None else None
        try:
            with _watched(solution, log):
                outcome = observe(solution.atomic_write, root / target, data)
        finally:
            if previous is not None:
                os.umask(previous)
        result = {"outcome": outcome, "tree": list_tree(root), "files": _contents(root)}
        if outcome.returned:
            result["write"] = _summary(log, root / target)
            written = root / target
            result["data"] = written.is_file() and written.read_bytes() == data
        return result


def listing(solution, store, outside, suffixes, root_kind):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        base = Path(directory)
        build_tree(base / "outside", outside)
        real = base / ".platform" / "store" if root_kind == "hidden" else base / "store"
        build_tree(real.parent / "store-old", {"a.csv": "old", "b.json": "{}"})
        build_tree(real, store)
        root = real
        if root_kind == "link":
            root = base / "via-link"
            root.symlink_to(real, target_is_directory=True)
        return observe(solution.list_files, root, suffixes)


def join(solution, name, through_link):  # type: ignore[no-untyped-def]
    """``safe_join`` in a fixed tree; the result relative to the temporary directory.
    ``@ROOT`` in ``name`` stands for the root's absolute path."""
    with tempfile.TemporaryDirectory() as directory:
        base = Path(directory).resolve()
        build_tree(base, {"store": {"data": {"a.csv": "x"}, "out": link(".."),
                                    "inner": link("data"), "abs": link(str(base / "other")),
                                    "loop": link("data/../../store/data")},
                          "store-old": {"a.csv": "x"}, "other": {}})  # fmt: skip
        root = base / "store"
        if through_link:
            (base / "alias").symlink_to(root, target_is_directory=True)
            root = base / "alias"
        outcome = observe(solution.safe_join, root, name.replace("@ROOT", str(root)))
        if not outcome.returned:
            return outcome
        return str(Path(outcome.value).relative_to(base))


@contextmanager
def _file_work_on_main_thread(calls: set[str]) -> Iterator[None]:
    """Name in ``calls`` every ``os.mkdir``, ``Path.resolve`` and ``os.path.realpath`` call
    made on the main thread (the event loop's) while active."""
    originals = {"mkdir": os.mkdir, "resolve": Path.resolve, "realpath": os.path.realpath}

    def watch(name: str, function: Any) -> Any:
        def watched(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                calls.add(name)
            return function(*args, **kwargs)

        return watched

    os.mkdir = watch("os.mkdir", originals["mkdir"])
    Path.resolve = watch("Path.resolve", originals["resolve"])  # type: ignore[method-assign]
    os.path.realpath = watch("os.path.realpath", originals["realpath"])
    try:
        yield
    finally:
        os.mkdir = originals["mkdir"]
        Path.resolve = originals["resolve"]  # type: ignore[method-assign]
        os.path.realpath = originals["realpath"]


def upload(solution, existing, name, size):  # type: ignore[no-untyped-def]
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    with tempfile.TemporaryDirectory() as directory:
        base = Path(directory)
        root = build_tree(base / "store", existing)
        _normalise_modes(root)
        log: list[Any] = []
        on_loop: set[str] = set()
        with _watched(solution, log), _file_work_on_main_thread(on_loop):
            outcome = observe(solution.store_upload, root, name, data)
        syncs = [entry for entry in log if entry[0] == "fsync"]
        return {"outcome": outcome, "tree": list_tree(base), "files": _contents(root),
                "synced": bool(syncs),
                "on the loop's thread": any(entry[2] for entry in syncs),
                "file work on the loop's thread": sorted(on_loop)}  # fmt: skip


def _write_cases(rng: random.Random) -> Iterator[Case]:
    sizes = (0, 1, 17, 4096, 65_537, 300_000)
    for _ in range(12):
        tree: dict[str, Any] = {"keep.txt": "keep", "export.csv": "old,data\n"}
        modes = {name: gen.pick(rng, (0o600, 0o640, 0o644, 0o755)) for name in tree}
        target = gen.pick(rng, ("export.csv", "new.csv", "keep.txt", "sub/deep.json"))
        if target.startswith("sub/"):
            tree["sub"] = {"deep.json": "{}"} if gen.chance(rng, 0.5) else {}
        yield Case.probe(write, tree, modes, target, gen.pick(rng, sizes), rng.randrange(10**6),
                         task=1, group="atomic_write: files")  # fmt: skip
    group = "atomic_write: links"
    for target, node in (("latest.csv", link("shared.csv")), ("latest.csv", link("gone.csv")),
                         ("latest.csv", link("/nonexistent/x.csv")),
                         ("latest.csv", link("folder"))):  # fmt: skip
        tree = {"shared.csv": "theirs", "folder": {"x": "1"}, target: node}
        modes = {"shared.csv": gen.pick(rng, (0o600, 0o755))}
        yield Case.probe(write, tree, modes, target, gen.pick(rng, sizes), rng.randrange(10**6),
                         task=1, group=group)  # fmt: skip
    group = "atomic_write: failures"
    for target in ("reports", "full", "missing/x.csv", "missing/deeper/x.csv", "plain.txt/x.csv"):
        tree = {"reports": {}, "full": {"a.csv": "a", ".hidden": "h"}, "plain.txt": "p"}
        yield Case.probe(write, tree, {}, target, gen.pick(rng, sizes), 1, task=1, group=group)
    for target in ("new.csv", "export.csv"):
        tree = {"export.csv": "old"}
        yield Case.probe(write, tree, {}, target, gen.pick(rng, (1, 17)), 2, None, True, task=1,
                         group="atomic_write: str data")  # fmt: skip
    group = "atomic_write: umask 077"
    for target, modes in (
        ("new.csv", {}),
        ("sub/new.json", {}),
        ("export.csv", {"export.csv": 0o640}),
    ):
        tree = {"export.csv": "old", "sub": {}}
        yield Case.probe(write, tree, modes, target, gen.pick(rng, (0, 17)), 3, 0o077, task=1,
                         group=group)  # fmt: skip


OUTSIDE = {"secret.csv": "s", "public.json": "{}", "dir": {"x.csv": "x"}}


def _store(rng: random.Random, depth: int = 0) -> dict[str, Any]:
    names = ("a.csv", "B.CSV", "c.json", "d.Json", "e.txt", "f.csv.gz", "g.tar.csv", "h.csv.bak",
             "report.2024.csv", "csv", ".hidden.csv", ".x.csv.1.tmp", "notes")  # fmt: skip
    tree: dict[str, Any] = {name: name for name in gen.some(rng, names, rng.randint(1, 5))}
    if depth < 2:
        for name in gen.some(rng, ("2024", "raw", "ünï", ".cache", ".git", "x.csv"),
                             rng.randint(0, 3 - depth)):  # fmt: skip
            tree[name] = _store(rng, depth + 1)
    if depth == 0:
        tree.update(gen.some(rng, (
            ("in.csv", link("a.csv")), ("chain.csv", link("in.csv")),
            ("back.csv", link("../store/a.csv")), ("leak.csv", link("../outside/secret.csv")),
            ("abs.json", link("/etc/hostname")), ("gone.csv", link("missing.csv")),
            ("mirror", link("../outside")), ("self", link(".")), ("hid.csv", link(".h.csv")),
            ("dir.csv", link("2024")),
        ), rng.randint(1, 5)))  # fmt: skip
        tree["in.csv"] = link("a.csv")
        tree["old.csv"] = link("../store-old/a.csv")
        tree.setdefault("a.csv", "a")
        tree[".h.csv"] = "hidden target"
        tree.setdefault("2024", {"m.csv": "m"})
    return tree


def _list_cases(rng: random.Random) -> Iterator[Case]:
    for number in range(18):
        root_kind = ("plain", "hidden", "link")[number % 3]
        suffixes = gen.pick(rng, ([".csv"], [".csv", ".json"], (".json",), [".gz"], [".txt"], []))
        if root_kind != "plain" or number < 6:
            suffixes = gen.pick(rng, ([".csv"], [".csv", ".json"], (".csv", ".txt")))
        store = _store(rng)
        if root_kind != "plain":
            # these links climb out of store/ by a relative path that only fits the plain root.
            store.pop("leak.csv", None)
            store.pop("mirror", None)
            store.pop("back.csv", None)
        yield Case.probe(listing, store, OUTSIDE, suffixes, root_kind, task=2)
    group = "list_files: not a directory"
    for root in ("missing", "a.csv"):
        yield Case.probe(missing_root, root, task=2, group=group)


def missing_root(solution, name):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        (Path(directory) / "a.csv").write_text("x")
        return observe(solution.list_files, Path(directory) / name, [".csv"])


NAMES = ("a.csv", "data/a.csv", "data/new/b.csv", "inner/a.csv", "data/../c.csv", "./d.csv",
         "data//a.csv", "x/../../store/e.csv", "out/store/f.csv", "loop/a.csv", "@ROOT/g.csv",
         "..", "../a.csv", "../store-old/a.csv", "data/../../a.csv", "/etc/passwd", "/", "",
         ".", "data/..", "out/other", "out/store-old/a.csv", "abs/z.csv", "abs",
         "@ROOT", "@ROOT/../store-old", "inner/../../other/x", "...", "..a.csv",
         "data/.hidden")  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 110 cases per seed over the four tasks."""
    yield from _write_cases(rng)
    yield from _list_cases(rng)
    for name in NAMES:
        yield Case.probe(join, name, gen.chance(rng, 0.3), task=3, group="safe_join")
    group = "store_upload"
    for existing, name in (({}, "a.csv"), ({}, "2024/05/up.csv"), ({"a.csv": "old"}, "a.csv"),
                           ({"2024": {}}, "2024/x/y/z.json"), ({}, "../evil.csv"),
                           ({}, "new/../../evil/x.csv"), ({}, "/etc/cron.d/job"),
                           ({}, "."), ({}, "2024/../x.csv"), ({}, "./y.csv"),
                           ({"2024": {}}, "2024/./05/../z.csv")):  # fmt: skip
        yield Case.probe(upload, existing, name, gen.pick(rng, (0, 10, 5000)), task=4, group=group)
