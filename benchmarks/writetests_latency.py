"""Write-the-tests gradings against ordinary ones, on one warm grader.

Run with ``uv run python benchmarks/writetests_latency.py [--runs N] [--isolation MODE]``.
In one run, alternating so that machine load hits both alike, it grades:

(a) the baseline: an ordinary exercise, the Exercism fixture ``temperature-log`` (5 tests),
    with its reference solution;
(b) the write-the-tests exercise ``order-import-tests`` with its reference test file:
    one job against the real module and one per hidden bug (7), so 8 jobs;
(c) the same exercise with a single job (the real module only, through the grader's
    ``grade_tests_against``): what one job of such a grading costs, coverage included.

It prints p50 / p90 of each, and the ratios (b)/(a), (c)/(a) and (b)/((c) x jobs / workers),
the last one showing how close the parallel jobs come to the ideal.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pyhero.exercise import load_exercise_spec
from pyhero.grading import Grader, Verdict

ROOT = Path(__file__).resolve().parent.parent
ORDINARY = ROOT / "tests" / "fixtures" / "exercism" / "temperature-log"
WRITTEN = ROOT / "content" / "exercises" / "order-import-tests"


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--isolation", default="auto", choices=("auto", "bubblewrap", "local"))
    args = parser.parse_args()
    isolation: Literal["auto", "bubblewrap", "local"] = args.isolation
    workers = min(2, os.cpu_count() or 1)
    ordinary_files = {
        "temperature_log.py": (ORDINARY / ".meta" / "example.py").read_text(encoding="utf-8")
    }
    written_spec = load_exercise_spec(WRITTEN)
    written_files = {
        name: (WRITTEN / reference).read_text(encoding="utf-8")
        for name, reference in zip(
            written_spec.solution_files, written_spec.reference_files, strict=True
        )
    }
    keys = written_spec.pyhero.tests
    assert keys is not None
    real = (WRITTEN / keys.module).read_text(encoding="utf-8")
    jobs = 1 + len(keys.bugs)
    samples: dict[str, list[float]] = {"ordinary": [], "written": [], "one job": []}
    with Grader(workers=workers, isolation=isolation) as grader:
        print(f"isolation: {grader.isolation.value}, workers: {workers}, runs: {args.runs}")
        checks = (
            grader.grade_files(ORDINARY, ordinary_files),
            grader.grade_files(WRITTEN, written_files),
        )
        assert all(result.verdict is Verdict.passed for result in checks), checks
        for _ in range(args.runs):
            samples["ordinary"].append(timed(lambda: grader.grade_files(ORDINARY, ordinary_files)))
            samples["written"].append(timed(lambda: grader.grade_files(WRITTEN, written_files)))
            samples["one job"].append(
                timed(lambda: grader.grade_tests_against(WRITTEN, written_files, [real]))
            )
    for name, values in samples.items():
        print(
            f"{name:>9}: p50 {statistics.median(values):7.1f} ms"
            f"   p90 {percentile(values, 0.9):7.1f} ms"
        )
    base = statistics.median(samples["ordinary"])
    written = statistics.median(samples["written"])
    one = statistics.median(samples["one job"])
    print(f"write-the-tests ({jobs} jobs) / ordinary: {written / base:.2f}x")
    print(f"one write-the-tests job / ordinary:      {one / base:.2f}x")
    ideal = one * jobs / workers
    print(
        f"write-the-tests / ideal parallel ({jobs} jobs, {workers} workers): {written / ideal:.2f}x"
    )


if __name__ == "__main__":
    main()
