"""What the grader's defences inside the test process cost on the grading's path.

Run with ``uv run python benchmarks/harness_overhead.py``.  The script warms a process the
way the fork server does (pytest imported, a warm-up session, a prebuilt config, the code
census, frozen harness types, the tamper snapshot), then forks one child per session.  Each
child prepares its session up to collection as a prepared job does (the defences' own
preparation included), then measures its CPU time (user + system) from the moment the job
would arrive to the end of the session; CPU time depends far less on other load than wall
time does.  Sessions alternate between:

(a) no defences: the plugin alone;
(b) the audit hook only;
(c) everything: audit hook, tamper checks at every test boundary, trusted test code.

It prints the median CPU milliseconds of each and the ratios (b)/(a) and (c)/(a).  The
sandbox itself (namespaces, limits) is not part of this measurement: ``grade_latency.py``
measures whole gradings.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "exercism"
EXERCISE = "temperature-log"
MODES = ("none", "hook", "all")


def _warm_process() -> tuple[Any, Any, Any]:
    from pyhero.grading._audit import CodeSets, harness_codes, watch_test_modules
    from pyhero.grading._tamper import freeze_harness_types, take_snapshot
    from pyhero.grading._testproc import prebuild_config
    from pyhero.grading._warmup import warm_up
    from pyhero.grading._zygote import _warm

    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    _warm()
    warm_up()
    codes = CodeSets()
    watch_test_modules(codes)
    harness_codes(codes)
    freeze_harness_types()
    return prebuild_config, take_snapshot(), codes


def _session(
    run_dir: Path, mode: str, prebuild: Any, snapshot: Any, codes: Any, report: int
) -> None:
    """Child body: one pytest session over the exercise's tests (never returns)."""
    import resource

    import pytest

    from pyhero.grading._audit import harness_codes, install_hook, make_tamper
    from pyhero.grading._plugin import GraderPlugin
    from pyhero.grading._tamper import Guard, SessionSnapshot
    from pyhero.grading._testproc import pytest_args, run_pytest

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    started: list[float] = []

    class Arm:
        @pytest.hookimpl(tryfirst=True)
        def pytest_collection(self, session: pytest.Session) -> None:
            tamper = make_tamper(sink)
            guard = None
            if mode != "none":  # preparation, off the grading's path
                harness_codes(codes)
                guard = Guard(snapshot, SessionSnapshot(session.config.pluginmanager), tamper)
                guard.check("before the job")
            started.append(cpu())
            if guard is not None and mode == "all":
                plugin.arm(guard, codes, tamper)
            if mode != "none":
                install_hook(codes, tamper)

    sink = os.open(os.devnull, os.O_WRONLY)
    os.dup2(sink, 1)
    os.dup2(sink, 2)
    os.chdir(run_dir)
    sys.path.insert(0, str(run_dir))
    sys.dont_write_bytecode = True
    plugin = GraderPlugin(sink, 1 << 20)
    tests = [str(run_dir / f"{EXERCISE.replace('-', '_')}_test.py")]
    run_pytest(pytest_args(tests, str(run_dir)), [plugin, Arm()], prebuild())
    os.write(report, f"{(cpu() - started[0]) * 1000:.4f}".encode())
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="sessions per mode")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="pyhero-overhead-"))
    run_dir = scratch / EXERCISE
    shutil.copytree(FIXTURES / EXERCISE, run_dir)
    snake = EXERCISE.replace("-", "_")
    shutil.copy(run_dir / ".meta" / "example.py", run_dir / f"{snake}.py")
    prebuild, snapshot, codes = _warm_process()
    cpu: dict[str, list[float]] = {mode: [] for mode in MODES}
    try:
        for _ in range(args.runs):
            for mode in MODES:
                read_end, write_end = os.pipe()
                pid = os.fork()
                if pid == 0:
                    os.close(read_end)
                    _session(run_dir, mode, prebuild, snapshot, codes, write_end)
                os.close(write_end)
                _, status = os.waitpid(pid, 0)
                reported = os.read(read_end, 64)
                os.close(read_end)
                if os.waitstatus_to_exitcode(status) != 0 or not reported:
                    raise SystemExit(f"the {mode} session failed ({status})")
                cpu[mode].append(float(reported))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    medians = {mode: statistics.median(values) for mode, values in cpu.items()}
    print(f"{EXERCISE}: {args.runs} sessions per mode, CPU time from the job to the session end")
    labels = {"none": "(a) no defences", "hook": "(b) audit hook", "all": "(c) all layers"}
    for mode in MODES:
        ratio = medians[mode] / medians["none"]
        print(f"  {labels[mode]:<18} median {medians[mode]:6.2f} ms   ratio to (a) {ratio:.3f}")


if __name__ == "__main__":
    main()
