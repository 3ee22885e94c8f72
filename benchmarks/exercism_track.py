"""Grade a local copy of Exercism's Python track: every exemplar must pass, every stub fail.

The track is not part of this repository. Get a copy (for example a snapshot of
github.com/exercism/python) and point this script at its ``exercises`` directory::

    uv run python benchmarks/exercism_track.py /path/to/python/exercises

It prints one line per exercise that does not grade right, then the totals and the grading
time. The refactoring exercises start from working code to rewrite: their stub is not
checked (Exercism's ``ledger`` and ``markdown`` stubs pass, ``tree-building``'s fails).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pyhero.exercise import load_exercise_spec
from pyhero.grading import Grader, Verdict

REFACTORING = frozenset({"ledger", "markdown", "tree-building"})
"""Practice exercises whose stub is code to refactor: only their exemplar is checked."""


def _exercises(root: Path) -> list[Path]:
    return sorted(
        path
        for kind in ("concept", "practice")
        for path in (root / kind).iterdir()
        if (path / ".meta" / "config.json").is_file()
    )


def _reference_files(directory: Path) -> dict[str, str]:
    spec = load_exercise_spec(directory)
    return {
        solution: (directory / reference).read_text(encoding="utf-8")
        for solution, reference in zip(spec.solution_files, spec.reference_files, strict=False)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exercises", type=Path, help="the track's exercises/ directory")
    parser.add_argument("--only", nargs="*", default=(), help="exercise slugs to grade")
    args = parser.parse_args()
    directories = _exercises(args.exercises)
    if args.only:
        directories = [path for path in directories if path.name in set(args.only)]
    wrong: list[str] = []
    times: list[float] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pyhero-exercism-") as scratch, Grader() as grader:
        print(f"isolation: {grader.isolation}; {len(directories)} exercises", flush=True)
        for directory in directories:
            trusted = Path(scratch) / directory.name
            shutil.copytree(directory, trusted)
            exemplar = grader.grade_files(trusted, _reference_files(trusted))
            stub = grader.grade(trusted)
            times += [exemplar.duration_ms, stub.duration_ms]
            if exemplar.verdict is not Verdict.passed:
                wrong.append(f"{directory.name}: exemplar {exemplar.verdict}: {exemplar.summary()}")
            if stub.verdict is Verdict.passed and directory.name not in REFACTORING:
                wrong.append(f"{directory.name}: stub {stub.verdict}: {stub.summary()}")
            for result in (exemplar, stub):
                json.dumps(result.to_exercism())  # the v3 document always serialises
    for line in wrong:
        print(line)
    elapsed = time.perf_counter() - started
    print(
        f"{len(directories) - len({line.split(':')[0] for line in wrong})}/{len(directories)} "
        f"exercises grade right; {len(times)} gradings in {elapsed:.1f} s, "
        f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms"
    )
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
