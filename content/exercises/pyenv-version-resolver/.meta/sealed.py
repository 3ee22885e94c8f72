"""Sealed cases for pyenv-version-resolver: version files with comments, blank and
space-only lines, tabs, CRLF endings, trailing words, ``..`` and paths; folder trees with
dot-folders, spaces and dots in names, ``.python-version`` as a file, a folder, a link to a
file or a dangling link at any level, and a file above the boundary that must stay unread;
``PYENV_VERSION`` empty, with empty parts or several versions; the four sources combined."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pyhero.sealed import Case
from pyhero.sealed.fs import build_tree, link

SOLUTION = "pyenv_version_resolver"

WORDS = (
    "3.12.4",
    "3.11.9",
    "system",
    "pypy3.10-7.3.17",
    "3.13.0t",
    "miniconda3-latest",
    "2.7.18",
    "3.14-dev",
    "graalpy-24.1.0",
)
ODD = (
    "",
    "   ",
    "\t",
    "#",
    "# pinned for CI",
    "#3.9",
    "..",
    "../..",
    "envs/api",
    "/usr/bin/python3",
    "3.12 # old",
    "3.10\tlts",
    "  3.9.1  ",
    "  # indented comment",
    ".venv",
    ".",
    "...",
    "..3.9",
    ".5 beta",
)
#: Lines with whitespace that is neither a space nor a tab: part of a word, not a separator
#: nor a line end (form feed, vertical tab, no-break space, em space, the separators that
#: str.splitlines() takes for line ends).
UNUSUAL = (
    "3.12\x0c",
    "\x0c3.11",
    "3.12\xa03.11",
    "3.10\x0b lts",
    "\u20033.10",
    "3.9\x1c3.8",
    "3.8\x85 x",
    "3.7\u20283.6",
    "\x1d",
)
FOLDERS = ("src", ".config", "my project", "v1.2", "services", "été", "a")


def _version_text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.15:
            lines.append(rng.choice(UNUSUAL))
        elif rng.random() < 0.45:
            lines.append(rng.choice(ODD))
        else:
            lines.append(
                rng.choice(("", " ", "\t")) + rng.choice(WORDS) + rng.choice(("", " ", " x"))
            )
    ending = rng.choice(("\n", "\r\n"))
    return ending.join(lines) + (ending if rng.random() < 0.6 else "")


def read(solution, text):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory, ".python-version")
        path.write_bytes(text.encode("utf-8"))
        return solution.read_version_file(path if len(text) % 2 else str(path))


def _version_node(rng: random.Random) -> object:
    return rng.choice(
        (
            _version_text(rng),
            _version_text(rng),
            {"inner": "3.9\n"},
            link("real-version"),
            link("missing"),
        )
    )


def _tree(rng: random.Random) -> tuple[dict[str, object], list[str]]:
    """A tree under the boundary ``ws`` and the folders of the start, from ``ws`` down."""
    depth = rng.randint(0, 4)
    parts = [rng.choice(FOLDERS) for _ in range(depth)]
    top: dict[str, object] = {}
    level = top
    for index in range(depth + 1):
        level["real-version"] = rng.choice(WORDS) + "\n"
        if rng.random() < 0.3:
            level[".python-version"] = _version_node(rng)
        if rng.random() < 0.2:
            level[".hidden"] = {".python-version": "3.8\n"}
        if index < depth:
            child: dict[str, object] = {}
            level[parts[index]] = child
            level = child
    return top, parts


def _world(rng: random.Random) -> dict[str, object]:
    workspace, parts = _tree(rng)
    world: dict[str, object] = {"ws": workspace, "pyenv": {}}
    if rng.random() < 0.7:
        world[".python-version"] = "3.6.15\n"  # above the boundary
    if rng.random() < 0.6:
        world["pyenv"] = {"version": _version_text(rng)}
    elif rng.random() < 0.3:
        world["pyenv"] = {"version": {}}
    world["start"] = "/".join(["ws", *parts])  # not a file name: taken out before building
    return world


def _build(directory: str, world: dict[str, object]) -> tuple[Path, Path]:
    tree = dict(world)
    start = str(tree.pop("start"))
    root = build_tree(directory, tree)
    return root, root / start


def _relative(root: Path, found: object) -> object:
    return None if found is None else str(Path(str(found)).relative_to(root))


def find(solution, world, as_str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        root, start = _build(directory, world)
        boundary = root / "ws"
        if as_str:
            return _relative(root, solution.find_version_file(str(start), str(boundary)))
        return _relative(root, solution.find_version_file(start, boundary))


def find_outside(solution, where):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        tree = {"ws": {"a": {}}, "ws-old": {"a": {}}, "w": {}, "other": {},
                ".python-version": "3.9"}  # fmt: skip
        root = build_tree(directory, tree)
        start, boundary = {
            "sibling": (root / "other", root / "ws"),
            "above": (root, root / "ws"),
            "inner boundary": (root / "ws", root / "ws" / "a"),
            "name with the boundary's prefix": (root / "ws-old" / "a", root / "ws"),
            "prefix of the boundary's name": (root / "w", root / "ws"),
        }[where]
        return _relative(root, solution.find_version_file(start, boundary))


def resolve(solution, world, environ):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        root, start = _build(directory, world)
        got = solution.resolve(
            start, environ=environ, pyenv_root=root / "pyenv", stop_at=root / "ws"
        )
        versions, origin = got
        if origin not in ("PYENV_VERSION", "default"):
            origin = _relative(root, origin)
        return {"versions": versions, "type": type(versions).__name__, "origin": origin}


ENVIRON_VALUES = ("", ":", "3.12.4", "3.12.4:3.11", "3.13::system:", ":3.10", "pypy3.10:3.12",
                  " 3.12", "3.12 3.11", "3.12:\t3.11", "3.12 :3.11", "3.12,3.11")  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        yield Case.probe(read, _version_text(rng), task=1)
    for line in (*UNUSUAL, *ODD[-5:]):
        yield Case.probe(read, f"{line}\n3.11\n", task=1)
    yield Case.probe(read, "", task=1)
    for _ in range(40):
        yield Case.probe(find, _world(rng), rng.random() < 0.5, task=2)
    for where in ("sibling", "above", "inner boundary", "name with the boundary's prefix",
                  "prefix of the boundary's name"):  # fmt: skip
        yield Case.probe(find_outside, where, task=2)
    for value in ENVIRON_VALUES:
        yield Case.call("versions_from_environment", {"PYENV_VERSION": value}, task=3)
    yield Case.call("versions_from_environment", {"PATH": "/usr/bin", "PYENV": "3.9"}, task=3)
    for _ in range(40):
        environ = {"HOME": "/home/dev"}
        if rng.random() < 0.4:
            environ["PYENV_VERSION"] = rng.choice(ENVIRON_VALUES)
        yield Case.probe(resolve, _world(rng), environ, task=4)
