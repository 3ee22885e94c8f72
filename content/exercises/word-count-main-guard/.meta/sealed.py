"""Sealed cases for word-count-main-guard: texts with mixed case, tabs, newlines, unicode
and many ties; the module run as a script (the exit status and what it printed) with
several argument lists, none included, and imported under another name."""

from __future__ import annotations

import contextlib
import io
import random
import runpy
import sys
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "word_count_main_guard"

WORDS = ("the", "The", "THE", "cat", "dog", "saw", "Äpfel", "äpfel", "a", "b", "z", "Zoe")


def _run(solution, argv, run_name):  # type: ignore[no-untyped-def]
    """Run the module file with ``sys.argv`` set; its output and exit status."""
    out = io.StringIO()
    saved = sys.argv
    sys.argv = ["word_count_main_guard.py", *argv]
    exit_status = "did not exit"
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(solution.__file__, run_name=run_name)
    except SystemExit as stop:
        exit_status = stop.code
    finally:
        sys.argv = saved
    return {"printed": out.getvalue(), "exit": exit_status}


def as_script(solution, argv):  # type: ignore[no-untyped-def]
    return _run(solution, argv, "__main__")


def as_import(solution, argv):  # type: ignore[no-untyped-def]
    return _run(solution, argv, "imported_by_the_indexer")


def main_call(solution, argv):  # type: ignore[no-untyped-def]
    """``main(argv)`` while ``sys.argv`` holds other words."""
    out = io.StringIO()
    saved = sys.argv
    sys.argv = ["word_count_main_guard.py", "not", "these"]
    try:
        with contextlib.redirect_stdout(out):
            status = solution.main(list(argv))
    finally:
        sys.argv = saved
    return {"printed": out.getvalue(), "returned": status}


def _text(rng: random.Random) -> str:
    parts = [gen.pick(rng, WORDS) for _ in range(gen.size(rng, large=60))]
    return "".join(part + gen.pick(rng, (" ", " ", "\t", "\n", "  ")) for part in parts)


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        yield Case.call("count_words", _text(rng), task=1)
    for _ in range(20):
        counts = {word: rng.randint(1, 4) for word in gen.some(rng, WORDS)}
        n = gen.pick(rng, (0, 1, 3, 20))
        yield Case.call("top_words", counts, n, task=2)
    for _ in range(15):
        argv = _text(rng).split()
        yield Case.probe(main_call, argv, task=3)
    yield Case.probe(main_call, [], task=3)
    for _ in range(10):
        yield Case.probe(as_script, _text(rng).split(), task=4)
    yield Case.probe(as_script, [], task=4)
    yield Case.probe(as_import, ["the", "cat"], task=4)
    yield Case.probe(as_import, [], task=4)
