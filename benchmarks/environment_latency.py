"""Exercise environments: build time, grading latency and the memory of an extra server.

Run with ``uv run python benchmarks/environment_latency.py [--runs N]``.  In one run it
measures:

(a) building the ``qol`` environment into an empty pyhero cache with an empty uv cache
    (cold: every wheel downloaded), then into another empty pyhero cache with uv's cache
    warm, then asking for the finished build again (nothing to do);
(b) warm gradings of one 5-test exercise on pyhero's interpreter, **before** any
    environment server exists (the baseline), of a 2-test exercise graded in the
    ``qol`` environment, then of the default exercise again **after**, while the
    environment's server runs: p50 / p90 and the after/before ratio of the default path;
(c) the memory (PSS, so that pages shared with the parent count once) of the default
    fork server's process tree and of the environment's, prepared jobs included.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pyhero.environments import Environments
from pyhero.grading import Grader, GradeResult, Verdict

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "exercism" / "temperature-log"
ENVIRONMENT = "qol"

SOLUTION = """
from sortedcontainers import SortedList


def smallest(values, count):
    return list(SortedList(values)[:count])
"""
TESTS = """
from sorted_env import smallest


def test_smallest():
    assert smallest([5, 1, 4], 2) == [1, 4]


def test_empty():
    assert smallest([], 3) == []
"""
CONFIG = """{"files": {"solution": ["sorted_env.py"], "test": ["sorted_env_test.py"],
 "example": [".meta/example.py"]}, "pyhero": {"environment": "qol"}}"""


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def build_times(work: Path) -> None:
    content = work / "content"
    source = ROOT / "content" / "environments" / ENVIRONMENT
    shutil.copytree(source, content / "environments" / ENVIRONMENT)
    saved = os.environ.get("UV_CACHE_DIR")
    os.environ["UV_CACHE_DIR"] = str(work / "uv-cache")
    try:
        cold = timed(lambda: Environments(content, work / "cold").sync([ENVIRONMENT]))
    finally:
        if saved is None:
            del os.environ["UV_CACHE_DIR"]
        else:
            os.environ["UV_CACHE_DIR"] = saved
    warm_environments = Environments(content, work / "warm")
    warm = timed(lambda: warm_environments.sync([ENVIRONMENT]))
    again = timed(lambda: warm_environments.sync([ENVIRONMENT]))
    print(f"(a) build of {ENVIRONMENT!r}: cold (empty uv cache) {cold / 1000:.2f} s, "
          f"uv cache warm {warm / 1000:.2f} s, already built {again:.1f} ms")  # fmt: skip


def _pss_kb(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    return sum(int(line.split()[1]) for line in text.splitlines() if line.startswith("Pss:"))


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            todo.extend(int(child) for child in children)
    return found


def tree_mb(pid: int) -> float:
    return sum(_pss_kb(p) for p in _tree(pid)) / 1024


def grading(work: Path, runs: int, isolation: Literal["auto", "bubblewrap", "local"]) -> None:
    plain = shutil.copytree(FIXTURE, work / "plain" / "temperature-log")
    shutil.copyfile(plain / ".meta" / "example.py", plain / "temperature_log.py")
    exercise = work / "content" / "exercises" / "sorted-env"
    (exercise / ".meta").mkdir(parents=True)
    (exercise / ".meta" / "config.json").write_text(CONFIG)
    for name, text in (("sorted_env.py", SOLUTION), (".meta/example.py", SOLUTION)):
        (exercise / name).write_text(text)
    (exercise / "sorted_env_test.py").write_text(TESTS)
    environments = Environments(work / "content", work / "warm")
    with Grader(workers=1, isolation=isolation, environments=environments) as grader:

        def grade(directory: Path) -> float:
            took = timed(lambda: results.append(grader.grade(directory)))
            assert results[-1].verdict is Verdict.passed, results[-1].message
            return took

        results: list[GradeResult] = []
        for _ in range(3):
            grade(plain)
        before = [grade(plain) for _ in range(runs)]
        default_server = grader._default.server
        assert default_server is not None
        default_mb = tree_mb(default_server.pid)
        started = timed(lambda: grade(exercise))
        for _ in range(3):
            grade(exercise)
        environment = [grade(exercise) for _ in range(runs)]
        after = [grade(plain) for _ in range(runs)]
        lanes = grader._environment_lanes._lanes
        (lane,) = lanes.values()
        assert lane.server is not None
        environment_mb = tree_mb(lane.server.pid)
    print(f"(b) warm grading, {runs} runs each, isolation {grader.isolation.value}:")
    for label, samples in (
        ("default, before any environment server", before),
        (f"environment {ENVIRONMENT!r} (first grading {started:.0f} ms)", environment),
        ("default, with the environment server running", after),
    ):
        print(f"    {label}: p50 {statistics.median(samples):.1f} ms, "
              f"p90 {percentile(samples, 0.9):.1f} ms")  # fmt: skip
    ratio = statistics.median(after) / statistics.median(before)
    print(f"    default path after/before: {ratio:.2f}x")
    print(f"(c) memory (PSS of the process tree, prepared jobs included): default server "
          f"{default_mb:.1f} MB, {ENVIRONMENT!r} server {environment_mb:.1f} MB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--isolation", default="auto", choices=("auto", "bubblewrap", "local"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pyhero-bench-env-") as temporary:
        work = Path(temporary)
        build_times(work)
        grading(work, args.runs, args.isolation)


if __name__ == "__main__":
    main()
