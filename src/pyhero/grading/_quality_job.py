"""The quality process of a make-it-clean job: the checks run before the tests start.

When a job carries ``quality`` (an exercise of kind ``clean``), the supervisor forks this
process inside the job's sandbox *before* it hands the job to the test process, and waits
for it: not one byte of the submission has run yet, so nothing of it can change what the
tools see or report.  The process confines itself as the test process does (capabilities
dropped, its own Landlock domain, the seccomp filter, rlimits, a scrubbed environment),
runs the suppression scan, mypy and ruff, and writes one record on a pipe only the
supervisor holds.  The supervisor puts it in its status record, which the host turns into
test results (``_quality_verdict``).
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import tempfile
import time
from collections.abc import Callable
from typing import Any

from pyhero.grading import _landlock, _sandbox, _seccomp
from pyhero.grading._protocol import decode_single, encode_record, record_complete, write_all

__all__ = ["MAX_FINDINGS", "check_solution", "run_quality"]

MAX_FINDINGS = 200
"""Findings kept per check; a report says how many there were in all."""
_MIN_MEMORY_MB = 1024
_READ = 1 << 16


def _confine(workdir: str, isolated: bool) -> str:
    """Drop privileges and confine the process; return its scratch directory."""
    _sandbox.drop_capabilities()
    _landlock.enter_own_domain()
    if isolated or _seccomp.supported():
        _seccomp.install_filter()
    _sandbox.set_dumpable(False)
    _sandbox.enter_job_directory(workdir, isolated)
    tempfile.tempdir = None
    return tempfile.mkdtemp(prefix="pyhero-quality-")


def _capped(found: list[dict[str, Any]]) -> dict[str, Any]:
    return {"findings": found[:MAX_FINDINGS], "total": len(found)}


def check_solution(files: list[str], spec: dict[str, Any], scratch: str) -> dict[str, Any]:
    """Every check the exercise asks for, on the solution's Python ``files``."""
    from pyhero.grading._quality_scan import scan_source
    from pyhero.grading._quality_tools import run_mypy, run_ruff_check, run_ruff_format

    checks: dict[str, Any] = {}
    suppressions: list[dict[str, Any]] = []
    for name in files:
        with open(name, "rb") as handle:
            source = handle.read()
        suppressions += scan_source(source, name, forbid_any=bool(spec.get("forbid_any")))
    checks["suppressions"] = _capped(suppressions)
    line_length = int(spec.get("line_length") or 88)
    runs: list[tuple[str, Callable[[], list[dict[str, Any]]]]] = []
    if spec.get("mypy") is not None:
        type_tests = [str(name) for name in spec.get("type_tests") or []]
        flags = list(spec["mypy"])
        runs.append(("mypy", lambda: run_mypy(files, flags, scratch, type_tests)))
    if spec.get("ruff_select"):
        select_ = list(spec["ruff_select"])
        ignore = list(spec.get("ruff_ignore") or [])
        convention = spec.get("ruff_convention")
        runs.append(
            (
                "ruff",
                lambda: run_ruff_check(files, select_, ignore, line_length, convention=convention),
            )
        )
    if spec.get("format"):
        runs.append(("format", lambda: run_ruff_format(files, line_length)))
    for name, run in runs:
        try:
            checks[name] = _capped(run())
        except Exception as exc:
            checks[name] = {"error": f"{type(exc).__name__}: {exc}"[:1000]}
    return {"checks": checks}


def _quality_process(write_fd: int, workdir: str, isolated: bool, job: dict[str, Any]) -> None:
    """Body of the forked quality process (never returns)."""
    report: dict[str, Any]
    try:
        os.setsid()
        _sandbox.set_pdeathsig(signal.SIGKILL)
        devnull = os.open(os.devnull, os.O_RDWR)
        for target in (0, 1, 2):
            os.dup2(devnull, target)
        os.dup2(write_fd, 3)
        os.closerange(4, 65536)
        limits = dict(job["limits"])
        limits["memory_mb"] = max(int(limits["memory_mb"]), _MIN_MEMORY_MB)
        scratch = _confine(workdir, isolated)
        _sandbox.apply_limits(limits)
        spec = dict(job["quality"])
        files = [str(name) for name in spec.get("files", []) if str(name).endswith(".py")]
        report = check_solution(files, spec, scratch)
    except BaseException as exc:
        report = {"error": f"{type(exc).__name__}: {exc}"[:1000]}
    with contextlib.suppress(BaseException):
        write_all(3, encode_record(report))
    os._exit(0)


def run_quality(
    job: dict[str, Any], workdir: str, isolated: bool, deadline: float
) -> dict[str, Any]:
    """In the supervisor: run the quality process to its end (or ``deadline``) and return
    its report; ``{"error": ...}`` when it gave none."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _quality_process(write_fd, workdir, isolated, job)
    os.close(write_fd)
    data = bytearray()
    timed_out = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(read_fd, _READ)
            if not chunk or len(data) > 16 << 20:
                break
            data += chunk
            if record_complete(data):
                break
    finally:
        os.close(read_fd)
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    if timed_out:
        return {"error": "the quality checks did not finish within the time limit"}
    report = decode_single(bytes(data))
    if report is None:
        return {"error": "the quality checks ended without a report"}
    return report
