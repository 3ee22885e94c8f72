"""What a sealed set adds to a whole grading: the same exercise graded with and without it.

For each exercise with ``.meta/sealed.py`` (or those named), the exercise is copied twice
into a temporary directory, once as it is and once without its sealed set, and its
reference solution is graded ``--repeat`` times in each copy, alternating, by one warm
``Grader`` (the golden reference run of each seed is made once before timing, as the grader
caches it). Printed per exercise: the sealed cases, p50 of each and their ratio; then the
median ratio over the exercises and the largest one.

    uv run python benchmarks/sealed_grading.py [--repeat N] [--limit N] [SLUG ...]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from pyhero.exercise import SEALED_FILE, load_exercise_spec
from pyhero.grading import TIME_ZONES, Grader, JobEnvironment, Verdict

EXERCISES = Path(__file__).resolve().parent.parent / "content" / "exercises"


def _reference(directory: Path) -> dict[str, str]:
    spec = load_exercise_spec(directory)
    return {
        solution: (directory / reference).read_text(encoding="utf-8")
        for solution, reference in zip(spec.solution_files, spec.reference_files, strict=True)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--limit", type=int, default=12, help="exercises when none is named")
    args = parser.parse_args()
    chosen = [EXERCISES / slug for slug in args.slugs] or [
        path for path in sorted(EXERCISES.iterdir()) if (path / SEALED_FILE).is_file()
    ][: args.limit]
    ratios: list[float] = []
    print(f"{'exercise':34} {'cases':>6} {'sealed p50':>11} {'plain p50':>10} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as scratch, Grader(workers=1) as grader:
        for source in chosen:
            sealed = Path(scratch) / "sealed" / source.name
            plain = Path(scratch) / "plain" / source.name
            shutil.copytree(source, sealed)
            shutil.copytree(source, plain)
            (plain / SEALED_FILE).unlink()
            files = _reference(source)
            environment = JobEnvironment(tz=TIME_ZONES[0], seed=grader.sealed_seeds(sealed)[0])
            first = grader.grade_files(sealed, files, environment=environment)  # golden run
            if first.verdict is not Verdict.passed or first.sealed is None:
                print(f"{source.name}: the reference does not pass ({first.summary()})")
                return 1
            times: dict[str, list[float]] = {"sealed": [], "plain": []}
            for _ in range(args.repeat):
                for name, directory in (("sealed", sealed), ("plain", plain)):
                    result = grader.grade_files(directory, files, environment=environment)
                    times[name].append(result.duration_ms)
            with_set = statistics.median(times["sealed"])
            without = statistics.median(times["plain"])
            ratios.append(with_set / without)
            print(
                f"{source.name:34} {first.sealed.cases:>6} {with_set:>9.1f}ms "
                f"{without:>8.1f}ms {ratios[-1]:>5.2f}x"
            )
    print(
        f"\nsealed / plain grading: median {statistics.median(ratios):.2f}x, "
        f"largest {max(ratios):.2f}x over {len(ratios)} exercises"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
