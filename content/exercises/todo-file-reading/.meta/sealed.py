"""Sealed cases for todo-file-reading: real files in a temporary directory, with "\n" and
"\r\n" line endings, no line ending at the end, blank lines of spaces, tabs and NBSP,
markers with odd spacing, capital X, markers in the middle of a line, unicode text; the
path passed as a string or as a Path."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pyhero.sealed import Case, gen
from pyhero.sealed.fs import build_tree

SOLUTION = "todo_file_reading"

LINES = (
    "# Monday",
    "[x] deploy the API",
    "[ ] write release notes",
    "",
    "   ",
    "\t",
    "\u00a0",
    "[ ] call the bank",
    "  [x]   indented  ",
    "[X] capital",
    "[ ]",
    "[x]",
    "note: [x] inside",
    "[]  not a marker",
    "[ ]café crème",
    "x",
    "[x] 🎉 ship it",
)


def on_file(solution, function, text, as_str):  # type: ignore[no-untyped-def]
    """``function(path)`` on a file holding ``text`` (exact bytes, UTF-8)."""
    with tempfile.TemporaryDirectory() as directory:
        path = build_tree(directory, {"todo.txt": text}) / "todo.txt"
        return getattr(solution, function)(str(path) if as_str else Path(path))


def _text(rng: random.Random) -> str:
    lines = [gen.pick(rng, LINES) for _ in range(gen.size(rng, large=60))]
    ending = gen.pick(rng, ("\n", "\n", "\r\n"))
    text = ending.join(lines)
    if lines and gen.chance(rng, 0.6):
        text += ending
    return text


def cases(rng: random.Random) -> Iterator[Case]:
    for function, task in (("count_lines", 1), ("read_tasks", 2), ("split_done", 3)):
        for text in ("", "\n", "\n\n", "a", "a\nb", "a\r\nb\r\n", "[ ]café\n[x]done\n[x]"):
            yield Case.probe(on_file, function, text, True, task=task, group=function)
        for _ in range(20):
            as_str = gen.chance(rng, 0.5)
            yield Case.probe(on_file, function, _text(rng), as_str, task=task, group=function)
