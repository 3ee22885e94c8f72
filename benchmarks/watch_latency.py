"""Save -> verdict rendered, for `pyhero watch` on a small exercise; prints the figures.

Runs the real `pyhero watch` in a subprocess on the learner fixture curriculum (temp
workspace and SQLite store), saves the solution file alternately failing and passing, and
times each save until the verdict line appears on the watcher's stdout.

    uv run python benchmarks/watch_latency.py [--saves 30]
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "tests" / "fixtures" / "learner"
SLUG = "greet-by-name"
GOAL_MS = 150.0
PASSING = "def greet(name: str) -> str:\n    return f\"Hello, {name or 'world'}!\"\n"
FAILING = 'def greet(name: str) -> str:\n    return f"Hello, {name}!"\n'
GRADED_IN = re.compile(r"(\d+) ms")


def pump(child: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        lines.put(line)
    lines.put(None)


def read_verdict(lines: queue.Queue[str | None], timeout: float = 30) -> str | None:
    """The next verdict line of the exercise, or None after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None
        if line is None:
            raise RuntimeError("pyhero watch exited")
        if line.startswith(("✔ " + SLUG, "✘ " + SLUG)):
            return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--pause", type=float, default=0.3, help="seconds between saves")
    parser.add_argument("--isolation", choices=("auto", "bubblewrap", "local"), default="auto")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pyhero-watch-bench-") as tmp:
        env = {
            **os.environ,
            "PYHERO_CONTENT_DIR": str(CONTENT),
            "PYHERO_DATABASE_URL": f"sqlite:///{tmp}/progress.db",
            "PYHERO_WORKSPACE_DIR": f"{tmp}/ws",
            "COLUMNS": "200",
            "PYHERO_GRADER_ISOLATION": args.isolation,
        }
        cli = [sys.executable, "-c", "from pyhero.cli import main; main()"]
        subprocess.run([*cli, "init"], env=env, check=True, capture_output=True)
        target = Path(tmp) / "ws" / "01-basics" / SLUG / "greet_by_name.py"
        child = subprocess.Popen(
            [*cli, "watch"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=pump, args=(child, lines), daemon=True).start()
        try:
            while True:  # warm-up saves, not timed, until the watcher answers
                target.write_text(FAILING)
                if read_verdict(lines, timeout=2) is not None:
                    break
            time.sleep(args.pause)
            latencies: list[float] = []
            grading: list[float] = []
            for number in range(args.saves):
                code = PASSING if number % 2 else FAILING
                start = time.perf_counter()
                target.write_text(code)
                line = read_verdict(lines)
                if line is None:
                    raise RuntimeError("no verdict within 30 s of a save")
                latencies.append((time.perf_counter() - start) * 1000)
                found = GRADED_IN.search(line)
                if found:
                    grading.append(float(found.group(1)))
                time.sleep(args.pause)
        finally:
            child.terminate()
            child.wait(timeout=30)

    latencies.sort()
    p50 = statistics.median(latencies)
    p90 = latencies[int(0.9 * (len(latencies) - 1))]
    print(
        f"saves: {len(latencies)} on {SLUG} (alternating fail / pass), "
        f"isolation: {args.isolation}, cpus: {os.cpu_count()}"
    )
    print(
        f"save -> verdict rendered: p50 {p50:.0f} ms, p90 {p90:.0f} ms, "
        f"min {latencies[0]:.0f} ms, max {latencies[-1]:.0f} ms"
    )
    if grading:
        grade_p50 = statistics.median(grading)
        print(
            f"of which grading (grader's own figure): p50 {grade_p50:.0f} ms; "
            f"watch + store + render overhead p50 ~{p50 - grade_p50:.0f} ms"
        )
    verdict = "met" if p50 <= GOAL_MS else "missed"
    print(f"goal p50 <= {GOAL_MS:.0f} ms: ratio {p50 / GOAL_MS:.2f} ({verdict})")
    print(f"load average during the run: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
