"""Sealed cases for report-file-writing: real files in a temporary directory, written over
existing content or created; lines that are empty, have spaces or unicode; appends in a
row to a missing file; score tables with ties, negative and large scores, numbers whose
text order differs from their numeric order; the exact bytes on disk are observed."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pyhero.sealed import Case, gen

SOLUTION = "report_file_writing"

LINES = ("ok: 12 jobs", "", " ", "failed: 0", "café ✓", "a,b", "tab\there", "x" * 80)
NAMES = ("ana", "bo", "zoe", "Zoe", "élise", "李", "o'neil", "ann-marie")


def _in_dir(solution, existing, steps, as_str):  # type: ignore[no-untyped-def]
    """Run ``steps`` (function name, args) on one file; the file's bytes after each step."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "out.txt"
        if existing is not None:
            path.write_bytes(existing.encode("utf-8"))
        target = str(path) if as_str else path
        seen = []
        for function, *args in steps:
            returned = getattr(solution, function)(target, *args)
            seen.append((returned, path.read_bytes()))
        return seen


def writes(solution, existing, steps, as_str):  # type: ignore[no-untyped-def]
    return _in_dir(solution, existing, steps, as_str)


def read_back(solution, text):  # type: ignore[no-untyped-def]
    """``load_scores`` on a table written by hand; the dict as pairs in file order."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "scores.csv"
        path.write_bytes(text.encode("utf-8"))
        return list(solution.load_scores(path).items())


def _scores(rng: random.Random) -> dict[str, int]:
    values = [int(text) for text in gen.numeric_strings(rng, 4, negative=True)] + [0, 17, 17]
    return {name: gen.pick(rng, values) for name in gen.some(rng, NAMES)}


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(15):
        existing = gen.pick(rng, (None, "", "old content\n", "no newline"))
        lines = [gen.pick(rng, LINES) for _ in range(gen.size(rng, large=30))]
        steps = [("write_lines", lines)]
        if gen.chance(rng, 0.4):
            steps.append(("write_lines", [gen.pick(rng, LINES)]))
        yield Case.probe(writes, existing, steps, gen.chance(rng, 0.5), task=1, group="write_lines")
    for _ in range(15):
        existing = gen.pick(rng, (None, "", "old entry\n"))
        steps = [("append_line", gen.pick(rng, LINES)) for _ in range(rng.randint(1, 4))]
        group = "append_line"
        yield Case.probe(writes, existing, steps, gen.chance(rng, 0.5), task=2, group=group)
    for _ in range(20):
        existing = gen.pick(rng, (None, "stale\nstale\nstale\n"))
        steps = [("save_scores", _scores(rng))]
        group = "save_scores"
        yield Case.probe(writes, existing, steps, gen.chance(rng, 0.5), task=3, group=group)
    for _ in range(15):
        scores = _scores(rng)
        table = "name,score\n" + "".join(f"{name},{score}\n" for name, score in scores.items())
        yield Case.probe(read_back, table, task=4)
        yield Case.probe(writes, None, [("save_scores", scores), ("load_scores",)], False, task=4,
                         group="save then load")  # fmt: skip
