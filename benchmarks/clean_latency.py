"""Make-it-clean grading: what the quality checks add to a warm grading, and what the
prepared mypy cache saves.

Run with ``uv run python benchmarks/clean_latency.py [--runs N]``.  In one run it measures:

(a) warm gradings of ``typed-stock-ledger``'s reference (mypy --strict over the module and
    its type-test file, the suppression scan, 8 tests and 150 sealed cases, in the
    ``quality`` environment): behaviour only (``checks=False``, the baseline) and with the
    checks, p50 / p90 and the ratio, for each isolation available;
(b) the same for ``billing-lint-cleanup`` (ruff check) and ``sales-report-formatting``
    (ruff format --check and the import rules);
(c) mypy alone in the environment's interpreter, imported beforehand as a job has it:
    with the prepared standard-library cache (seen through a view of links, as in a job)
    and without a cache, p50 and the ratio.
"""

from __future__ import annotations

import argparse
import math
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pyhero.environments import Environments
from pyhero.grading import Grader, Isolation, Verdict
from pyhero.quality import MYPY_STRICT_FLAGS

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "content" / "exercises"
MYPY_SCRIPT = """
import os, sys, tempfile, time
from mypy import api
from pyhero.grading._quality_tools import MYPY_CACHE, _cache_view, module_names, mypy_config
os.chdir(sys.argv[1])
files, tests = ["typed_stock_ledger.py"], ["typed_stock_ledger_test.py"]
runs = int(sys.argv[2])
flags = sys.argv[3].split(",")
for label, prepared in (("cached", True), ("uncached", False)):
    samples = []
    for _ in range(runs):
        scratch = tempfile.mkdtemp()
        started = time.perf_counter()
        if prepared:
            cache = _cache_view(os.path.join(sys.prefix, MYPY_CACHE), scratch + "/mypy")
        else:
            cache = scratch + "/empty-cache"
        config = scratch + "/mypy.ini"
        with open(config, "w") as handle:
            handle.write(mypy_config(cache, module_names(files), flags, module_names(tests)))
        out, err, status = api.run(["--config-file", config, *files, *tests])
        samples.append(time.perf_counter() - started)
        assert status == 0, out + err
    print(label, *samples)
"""


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def grade_times(grader: Grader, slug: str, runs: int, *, checks: bool) -> list[float]:
    directory = EXERCISES / slug
    spec_files = {
        "typed-stock-ledger": ("typed_stock_ledger.py", ".meta/example.py"),
        "billing-lint-cleanup": ("billing_lint_cleanup.py", ".meta/example.py"),
        "sales-report-formatting": ("sales_report_formatting.py", ".meta/example.py"),
    }
    name, reference = spec_files[slug]
    files = {name: (directory / reference).read_text(encoding="utf-8")}
    result = grader.grade_files(directory, files, checks=checks)  # warms the server
    assert result.verdict is Verdict.passed, result.summary()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        result = grader.grade_files(directory, files, checks=checks)
        samples.append(time.perf_counter() - started)
        assert result.verdict is Verdict.passed, result.summary()
    return samples


def show(label: str, samples: Sequence[float]) -> float:
    p50 = statistics.median(samples)
    print(f"  {label:<34} p50 {p50 * 1000:7.1f} ms   p90 {percentile(samples, 0.9) * 1000:7.1f} ms")
    return p50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--mypy-only", action="store_true", help="only (c)")
    runs = parser.parse_args().runs
    if parser.parse_args().mypy_only:
        mypy_alone(Environments.from_settings(ROOT / "content"), runs)
        return
    environments = Environments.from_settings(ROOT / "content")
    environments.sync(["quality"])
    modes: list[Literal["bubblewrap", "local"]] = (
        ["bubblewrap", "local"] if shutil.which("bwrap") else ["local"]
    )
    for mode in modes:
        with Grader(workers=1, isolation=mode, environments=environments) as grader:
            if mode == "bubblewrap" and grader.isolation is not Isolation.bubblewrap:
                continue
            print(f"(a, b) warm gradings, isolation {grader.isolation.value}, {runs} runs each")
            for slug in ("typed-stock-ledger", "billing-lint-cleanup", "sales-report-formatting"):
                base = show(
                    f"{slug}: behaviour only", grade_times(grader, slug, runs, checks=False)
                )
                full = show(f"{slug}: with checks", grade_times(grader, slug, runs, checks=True))
                print(
                    f"  {'':<34} checks add {(full - base) * 1000:.1f} ms, ratio {full / base:.2f}"
                )
    mypy_alone(environments, runs)


def mypy_alone(environments: Environments, runs: int) -> None:
    built = environments.require("quality")
    with tempfile.TemporaryDirectory() as scratch:
        exercise = EXERCISES / "typed-stock-ledger"
        shutil.copy(exercise / ".meta" / "example.py", Path(scratch) / "typed_stock_ledger.py")
        shutil.copy(exercise / "typed_stock_ledger_test.py", scratch)
        flags = ",".join((*MYPY_STRICT_FLAGS, "warn_unreachable"))
        completed = subprocess.run(
            [str(built.python), "-c", MYPY_SCRIPT, scratch, str(runs), flags],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(ROOT / "src")},
            timeout=600,
        )
    print("(c) mypy --strict on typed-stock-ledger (module + type tests), warm import")
    medians = {}
    for line in completed.stdout.splitlines():
        label, *values = line.split()
        medians[label] = show(label, [float(value) for value in values])
    print(f"  prepared cache: {medians['uncached'] / medians['cached']:.1f}x faster")


if __name__ == "__main__":
    main()
