"""Wall time of short ``pyhero`` commands, against ``python -c pass`` in the same run.

Runs the installed ``pyhero`` console script (the one next to this interpreter) as a user
would, on pyhero's own content, with a fresh workspace and SQLite store in a temporary
directory that already holds a few recorded attempts. Each command runs once untimed (which
also writes the bytecode cache), then ``--runs`` times, interleaved so that a burst of load
on a shared machine hits every command alike.

    uv run python benchmarks/cli_startup.py [--runs 20] [--cold]

``--cold`` runs every command without a bytecode cache (``PYTHONDONTWRITEBYTECODE=1`` and an
empty ``PYTHONPYCACHEPREFIX``): every module is compiled from source on every run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_MS = 150.0
COMMANDS: dict[str, list[str]] = {
    "--help": ["--help"],
    "--version": ["--version"],
    "list": ["list"],
    "next": ["next"],
    "progress": ["progress"],
    "roadmap": ["roadmap"],
}
ATTEMPTED = ("health-check-batch-summary", "order-lifecycle-states")
"""Exercises checked (their stubs fail) during set-up so that the store has attempts."""


def pyhero_script() -> Path:
    script = Path(sys.executable).parent / "pyhero"
    if not script.is_file():
        raise SystemExit(f"{script} not found: run `uv sync` first")
    return script


def environment(tmp: Path, cold: bool) -> dict[str, str]:
    env = {
        **os.environ,
        "PYHERO_DATABASE_URL": f"sqlite:///{tmp / 'progress.db'}",
        "PYHERO_WORKSPACE_DIR": str(tmp / "ws"),
        "COLUMNS": "100",
    }
    env.pop("PYHERO_CONTENT_DIR", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cold:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "no-pycache")
    return env


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def set_up(script: Path, env: dict[str, str], tmp: Path) -> None:
    warm = {key: value for key, value in env.items() if key != "PYTHONPYCACHEPREFIX"}
    subprocess.run([script, "init"], env=warm, cwd=tmp, check=True, capture_output=True)
    for slug in ATTEMPTED:
        # The stubs fail (exit status 1): what counts is the recorded attempt.
        subprocess.run([script, "check", slug], env=warm, cwd=tmp, capture_output=True, check=False)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[round(fraction * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per command")
    parser.add_argument("--cold", action="store_true", help="no bytecode cache at all")
    args = parser.parse_args()
    script = pyhero_script()
    with tempfile.TemporaryDirectory(prefix="pyhero-startup-bench-") as name:
        tmp = Path(name)
        env = environment(tmp, args.cold)
        set_up(script, env, tmp)
        cwd = tmp / "ws"
        runs: dict[str, list[str]] = {"python -c pass": [sys.executable, "-c", "pass"]}
        runs.update({f"pyhero {name}": [str(script), *argv] for name, argv in COMMANDS.items()})
        for argv in runs.values():
            timed(argv, env, cwd)  # untimed: warms the page cache and writes bytecode
        times: dict[str, list[float]] = {label: [] for label in runs}
        for _ in range(args.runs):
            for label, argv in runs.items():
                times[label].append(timed(argv, env, cwd))

    baseline = statistics.median(times["python -c pass"])
    cache = "no bytecode cache" if args.cold else "warm bytecode cache"
    python = sys.version.split()[0]
    print(f"{args.runs} runs per command, {cache}, cpus: {os.cpu_count()}, Python {python}")
    print(f"{'command':<18} {'median':>9} {'p90':>9} {'x python':>9}   goal {GOAL_MS:.0f} ms")
    for label, values in times.items():
        median = statistics.median(values)
        p90 = percentile(values, 0.9)
        goal = (
            ""
            if label == "python -c pass" or label.endswith("roadmap")
            else ("met" if median <= GOAL_MS else "missed")
        )
        print(f"{label:<18} {median:>6.0f} ms {p90:>6.0f} ms {median / baseline:>8.1f}x   {goal}")


if __name__ == "__main__":
    main()
