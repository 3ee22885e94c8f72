"""Wall time of short ``pyhero`` commands, against ``python -c pass`` in the same run.

Runs the ``pyhero`` console script (by default the one next to this interpreter) as a user
would, on pyhero's own content, with a fresh workspace and SQLite store in a temporary
directory that already holds a few recorded attempts. Each command runs once untimed (which
also writes the bytecode cache), then ``--runs`` times, interleaved so that a burst of load
on a shared machine hits every command alike. Wall time is the goal; CPU time (user +
system) is printed too, as it moves less with the load of other processes.

    uv run python benchmarks/cli_startup.py [--runs 20] [--cold] [--instructions]
        [--pyhero ~/.local/bin/pyhero]

``--cold`` runs every command without a bytecode cache (``PYTHONDONTWRITEBYTECODE=1`` and an
empty ``PYTHONPYCACHEPREFIX``): every module is compiled from source on every run.
``--instructions`` also counts the instructions of one run of each command with valgrind
(``callgrind``): a figure that does not move with the machine's load at all. The "imports
floor" row imports only typer, pydantic and rich's console, with the command's interpreter.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
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
WITHOUT_GOAL = {"roadmap"}
ATTEMPTED = ("health-check-batch-summary", "order-lifecycle-states")
"""Exercises checked (their stubs fail) during set-up so that the store has attempts."""
BASELINE = "python -c pass"
FLOOR = "imports floor"
FLOOR_IMPORTS = "import typer.main, typer._adapters, rich.console, pydantic"
"""What any pyhero command that parses options and prints with rich imports before doing
anything of its own: typer (which validates options with pydantic) and rich's console."""


def default_script() -> Path:
    script = Path(sys.executable).parent / "pyhero"
    if not script.is_file():
        raise SystemExit(f"{script} not found: run `uv sync` first")
    return script


def interpreter(script: Path) -> str:
    """The Python a console script runs with: its ``#!`` line."""
    with script.open(encoding="utf-8") as handle:
        first = handle.readline()
    if not first.startswith("#!"):
        raise SystemExit(f"{script} is not a console script (no #! line)")
    return first.removeprefix("#!").split()[0]


def environment(tmp: Path, cold: bool) -> dict[str, str]:
    env = {
        **os.environ,
        "PYHERO_DATABASE_URL": f"sqlite:///{tmp / 'progress.db'}",
        "PYHERO_WORKSPACE_DIR": str(tmp / "ws"),
        "COLUMNS": "100",
    }
    for name in ("PYHERO_CONTENT_DIR", "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    if cold:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "no-pycache")
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run, in ms."""
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    return wall * 1000, (_children_cpu() - cpu) * 1000


def instructions(argv: list[str], env: dict[str, str], cwd: Path) -> int:
    """Instructions executed by one run, counted by valgrind's callgrind."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        env=env,
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count from valgrind:\n{done.stderr}")
    return int(found.group(1))


def set_up(script: Path, env: dict[str, str], tmp: Path) -> None:
    warm = {key: value for key, value in env.items() if key != "PYTHONPYCACHEPREFIX"}
    subprocess.run([script, "init"], env=warm, cwd=tmp, check=True, capture_output=True)
    for slug in ATTEMPTED:
        # The stubs fail (exit status 1): what counts is the recorded attempt.
        subprocess.run([script, "check", slug], env=warm, cwd=tmp, capture_output=True, check=False)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[round(fraction * (len(ordered) - 1))]


def report(
    walls: dict[str, list[float]], cpus: dict[str, list[float]], counts: dict[str, int]
) -> None:
    baseline = statistics.median(walls[BASELINE])
    head = f"{'command':<18} {'wall p50':>9} {'wall p90':>9} {'x python':>9} {'cpu p50':>9}"
    if counts:
        head += f" {'instructions':>13} {'x python':>9}"
    print(f"{head}   goal: wall p50 <= {GOAL_MS:.0f} ms")
    for label, values in walls.items():
        median = statistics.median(values)
        line = (
            f"{label:<18} {median:>6.0f} ms {percentile(values, 0.9):>6.0f} ms "
            f"{median / baseline:>8.1f}x {statistics.median(cpus[label]):>6.0f} ms"
        )
        if counts:
            line += f" {counts[label] / 1e6:>11.0f} M {counts[label] / counts[BASELINE]:>8.1f}x"
        if label.startswith("pyhero ") and label.removeprefix("pyhero ") not in WITHOUT_GOAL:
            line += "   met" if median <= GOAL_MS else "   missed"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per command")
    parser.add_argument("--cold", action="store_true", help="no bytecode cache at all")
    parser.add_argument("--pyhero", type=Path, help="the pyhero command to run")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with valgrind"
    )
    args = parser.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (Debian package valgrind)")
    script = args.pyhero or default_script()
    with tempfile.TemporaryDirectory(prefix="pyhero-startup-bench-") as name:
        tmp = Path(name)
        env = environment(tmp, args.cold)
        set_up(script, env, tmp)
        cwd = tmp / "ws"
        python = interpreter(script)
        runs: dict[str, list[str]] = {
            BASELINE: [python, "-c", "pass"],
            FLOOR: [python, "-c", FLOOR_IMPORTS],
        }
        runs.update({f"pyhero {name}": [str(script), *argv] for name, argv in COMMANDS.items()})
        for argv in runs.values():
            timed(argv, env, cwd)  # untimed: warms the page cache and writes bytecode
        walls: dict[str, list[float]] = {label: [] for label in runs}
        cpus: dict[str, list[float]] = {label: [] for label in runs}
        for _ in range(args.runs):
            for label, argv in runs.items():
                wall, cpu = timed(argv, env, cwd)
                walls[label].append(wall)
                cpus[label].append(cpu)
        counts = (
            {label: instructions(argv, env, cwd) for label, argv in runs.items()}
            if args.instructions
            else {}
        )

    cache = "no bytecode cache" if args.cold else "warm bytecode cache"
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{script}: {args.runs} runs per command, {cache}, Python {sys.version.split()[0]}")
    print(f"cpus: {os.cpu_count()}, load average at the end: {load}")
    report(walls, cpus, counts)


if __name__ == "__main__":
    main()
