"""Grading latency: the warm sandboxed Grader against cold pytest runs, and batch scaling.

Run with ``uv run python benchmarks/grade_latency.py``.  On a 5-test exercise (the
``temperature-log`` fixture, reference solution in place) it measures in one run:

(a) warm ``Grader.grade`` per grading, isolation included;
(b) a cold ``python -m pytest`` subprocess with ``PYTEST_DISABLE_PLUGIN_AUTOLOAD=1
    -p no:cacheprovider``;
(c) a cold ``python -m pytest`` subprocess with default plugin loading;
(d) ``Grader.grade_many`` of N copies with the grader restricted to one CPU, then with
    every CPU (the processes inherit the CPU affinity), and grading them one after the
    other on every CPU.

and prints p50 / p90 with the ratios (b)/(a), (c)/(a) and the batch speedup of all CPUs
over one.  Grading one after the other already keeps two CPUs busy: while one job runs, the
next is prepared.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pyhero.grading import Grader, Verdict

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "exercism"
EXERCISE = "temperature-log"
SOLUTION = "temperature_log.py"
TESTS = "temperature_log_test.py"


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of ``samples`` (``fraction`` in 0..1)."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def timed(action: Callable[[], object]) -> float:
    """Wall-clock milliseconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def prepare(root: Path, name: str) -> Path:
    """A copy of the exercise with its reference solution in place of the stub."""
    target = shutil.copytree(FIXTURES / EXERCISE, root / name / EXERCISE)
    shutil.copyfile(target / ".meta" / "example.py", target / SOLUTION)
    return target


def cold_pytest(exercise: Path, *, autoload: bool) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    command = [sys.executable, "-m", "pytest", "-q", TESTS]
    if not autoload:
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        command[3:3] = ["-p", "no:cacheprovider"]

    def run() -> None:
        done = subprocess.run(command, cwd=exercise, env=env, capture_output=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"cold pytest failed:\n{done.stdout.decode(errors='replace')}")

    return timed(run)


def warm_grading(grader: Grader, exercise: Path, runs: int) -> list[float]:
    for _ in range(5):  # let the pool and the page cache warm up
        grader.grade(exercise)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = grader.grade(exercise)
        samples.append((time.perf_counter() - start) * 1000)
        if result.verdict is not Verdict.passed:
            raise SystemExit(f"the reference solution did not pass: {result.message}")
    return samples


def batch(dirs: list[Path], repeats: int, cpus: set[int]) -> tuple[float, float]:
    """Median milliseconds of grading ``dirs`` one by one and with ``grade_many``.

    The grader and its processes run on ``cpus`` only.
    """
    everything = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cpus)
    try:
        with Grader(workers=len(cpus)) as grader:
            grader.grade_many(dirs)  # warm: every prepared job inherits the compiled tests
            sequential, parallel = [], []
            for _ in range(repeats):
                sequential.append(timed(lambda: [grader.grade(d) for d in dirs]))
                start = time.perf_counter()
                results = grader.grade_many(dirs)
                parallel.append((time.perf_counter() - start) * 1000)
                if [r.verdict for r in results] != [Verdict.passed] * len(dirs):
                    raise SystemExit("grade_many did not pass every copy of the reference solution")
    finally:
        os.sched_setaffinity(0, everything)
    return statistics.median(sequential), statistics.median(parallel)


def row(label: str, samples: Sequence[float]) -> str:
    p50, p90 = percentile(samples, 0.5), percentile(samples, 0.9)
    return f"  {label:<56} {len(samples):>4} {p50:>9.1f} {p90:>9.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=60, help="warm gradings (a), >= 50")
    parser.add_argument("--cold-runs", type=int, default=12, help="runs of (b) and (c), >= 10")
    parser.add_argument("--batch-repeats", type=int, default=5, help="repeats of (d)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="pyhero-bench-") as tmp:
        root = Path(tmp)
        exercise = prepare(root, "single")
        cold_strict = [cold_pytest(exercise, autoload=False) for _ in range(args.cold_runs)]
        cold_default = [cold_pytest(exercise, autoload=True) for _ in range(args.cold_runs)]
        with Grader() as grader:
            warm = warm_grading(grader, exercise, args.runs)
            isolation = grader.isolation
        sizes = (8, 16)
        copies = [prepare(root, f"copy{i}") for i in range(max(sizes))]
        every_cpu = os.sched_getaffinity(0)
        one_cpu = {min(every_cpu)}
        batches = {
            n: (
                batch(copies[:n], args.batch_repeats, one_cpu),
                batch(copies[:n], args.batch_repeats, every_cpu),
            )
            for n in sizes
        }

    warm_p50 = percentile(warm, 0.5)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"Grading latency, {EXERCISE} (5 tests), isolation={isolation}, cpus={os.cpu_count()}")
    print(f"  load average at the end: {load} (figures are only comparable on an idle machine)")
    print(f"  {'measure':<56} {'runs':>4} {'p50 ms':>9} {'p90 ms':>9}")
    print(row("(a) warm Grader.grade", warm))
    print(row("(b) cold pytest, plugin autoload off, no cacheprovider", cold_strict))
    print(row("(c) cold pytest, default plugin loading", cold_default))
    print(f"  (b)/(a) p50 ratio: {percentile(cold_strict, 0.5) / warm_p50:.1f}x  (goal >= 5x)")
    print(f"  (c)/(a) p50 ratio: {percentile(cold_default, 0.5) / warm_p50:.1f}x  (goal >= 20x)")
    print(f"  (a) p50 goal <= 60 ms: {'met' if warm_p50 <= 60 else 'NOT met'}")
    for n, ((_, one), (sequential, parallel)) in batches.items():
        print(
            f"  (d) N={n:<2} grade_many on 1 CPU {one:7.1f} ms, on {len(every_cpu)} CPUs "
            f"{parallel:7.1f} ms (speedup {one / parallel:.2f}x); "
            f"one after the other on {len(every_cpu)} CPUs {sequential:7.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
