"""The test process: prepared ahead of its job, then runs the job's tests with pytest in-process.

A job's test process is forked before the job exists.  It drops its privileges, scrubs its
environment and starts a pytest session on its (still empty) run directory; the session
stops at the start of collection, in :class:`_Gate`, until the supervisor hands it the job.
Only then are the rlimits applied and the submission imported.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import resource
import signal
import sys
import time
import types
from collections.abc import Callable
from typing import Any

import pytest

from pyhero.grading import _landlock, _sandbox, _seccomp
from pyhero.grading._audit import CodeSets, harness_codes, install_hook, make_tamper
from pyhero.grading._protocol import DONE, MAX_JOB_MESSAGE
from pyhero.grading._tamper import Guard, SessionSnapshot
from pyhero.grading._writetests_job import WriteTestsPlugin

__all__ = ["FIXED_ARGS", "prebuild_config", "pytest_args", "run_pytest", "test_process"]

_MAX_FD = 65536
_RESULT_FD = 3
_DONE_FD = 4
_JOB_FD = 5

_DISABLED_PLUGINS = (
    "cacheprovider",
    "terminal",
    "terminalprogress",
    "pastebin",
    "junitxml",
    "doctest",
    "stepwise",
    "setuponly",
    "setupplan",
    "legacypath",
    "python_path",
    "unraisableexception",
    "threadexception",
    "nose",
)
FIXED_ARGS: tuple[str, ...] = (
    "-c",
    os.devnull,
    "--noconftest",
    *(arg for name in _DISABLED_PLUGINS for arg in ("-p", f"no:{name}")),
)


def _nested_codes(code: types.CodeType) -> list[types.CodeType]:
    """``code`` and every code object compiled inside it."""
    found = [code]
    for current in found:
        found.extend(c for c in current.co_consts if isinstance(c, types.CodeType))
    return found


def pytest_args(paths: list[str], workdir: str) -> list[str]:
    """Command line of the in-process pytest: grader-owned config, no plugins from outside.

    Nothing above ``workdir`` is collected or searched for configuration.
    """
    return [*paths, "--rootdir", workdir, "--confcutdir", workdir, *FIXED_ARGS]


def prebuild_config() -> Any:
    """A pytest Config with the default plugins registered, built once in the fork server.

    Every forked child consumes its own copy, which saves registering ~30 plugins per run.
    ``None`` when pytest's internals differ from what this relies on.
    """
    try:
        from _pytest.config import get_config

        return get_config(list(FIXED_ARGS))
    except Exception:
        return None


def run_pytest(args: list[str], plugins: list[object], prebuilt: Any) -> object:
    import _pytest.config

    original = _pytest.config.get_config
    if prebuilt is not None:
        _pytest.config.get_config = lambda *_args, **_kwargs: prebuilt
    try:
        return pytest.main(args, plugins=plugins)
    finally:
        _pytest.config.get_config = original


class _Gate:
    """Holds the prepared session at the start of collection until its job arrives.

    ``prepare`` runs first, while the job does not exist yet (off the grading's path);
    ``start`` runs once the job is read and returns the test files to collect.
    """

    def __init__(
        self,
        fd: int,
        prepare: Callable[[pytest.Session], None],
        start: Callable[[pytest.Session, dict[str, Any]], list[str]],
    ) -> None:
        self._fd = fd
        self._prepare = prepare
        self._start = start

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection(self, session: pytest.Session) -> None:
        self._prepare(session)
        data = bytearray()
        while chunk := os.read(self._fd, MAX_JOB_MESSAGE):
            data += chunk
        os.close(self._fd)
        if not data:  # the supervisor is gone: the job was withdrawn
            os._exit(0)
        session.config.args = self._start(session, json.loads(data))


def _arrange_fds(result_fd: int, out_w: int, done_w: int, job_r: int) -> None:
    """stdin from /dev/null, stdout/stderr to the output pipe, channels at fixed numbers."""
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out_w, 1)
    os.dup2(out_w, 2)
    high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 64) for fd in (result_fd, done_w, job_r)]
    os.closerange(3, 64)
    for target, fd in zip((_RESULT_FD, _DONE_FD, _JOB_FD), high, strict=True):
        os.dup2(fd, target)
    os.closerange(_JOB_FD + 1, _MAX_FD)


def _enter_sandbox(workdir: str, isolated: bool) -> None:
    """Drop privileges, confine the process and leave nothing of the host in the environment.

    Every capability goes (in local mode too: a root host's job must not raise its own
    limits), then the job gets its own Landlock domain and the seccomp filter, which
    everything it starts inherits.  Without the filter (an architecture it does not know)
    isolated mode refuses to run; local mode runs without it.
    """
    _sandbox.drop_capabilities()
    _landlock.enter_own_domain()
    if isolated or _seccomp.supported():
        try:
            _seccomp.install_filter()
        except _seccomp.SeccompError as exc:
            os.write(2, f"pyhero: {exc.strerror}\n".encode())
            raise
    _sandbox.set_dumpable(False)
    _sandbox.enter_job_directory(workdir, isolated)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.path.insert(0, workdir)
    sys.dont_write_bytecode = True
    sys.argv = ["pytest"]
    import tempfile

    tempfile.tempdir = None


def _set_time_zone(zone: str) -> None:
    """The job's local time zone (the grader rotates zones with odd offsets and DST)."""
    os.environ["TZ"] = zone
    time.tzset()


def _cpu_used() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def test_process(
    fds: tuple[int, int, int, int],
    workdir: str,
    isolated: bool,
    snapshot: Any,
    prebuilt: Any,
    codes: CodeSets | None,
) -> None:
    """Body of the process that imports the submission (never returns).

    ``fds``: the result channel, the output pipe, the done pipe and the job pipe.
    ``snapshot`` and ``codes`` come from the fork server (see ``_tamper`` and ``_audit``).
    """
    from pyhero.grading._plugin import GraderPlugin

    plugin: Any = None
    written = WriteTestsPlugin(_RESULT_FD)
    guard: Guard | None = None
    tamper = make_tamper(_RESULT_FD)
    exitstatus: object = "not started"
    nonce = bytearray()

    def prepare(session: pytest.Session) -> None:
        """Everything of the defences that does not depend on the job, done ahead."""
        nonlocal guard
        if codes is None:
            return
        harness_codes(codes)  # modules pytest imported since the fork server's census
        guard = Guard(snapshot, SessionSnapshot(session.config.pluginmanager), tamper)
        guard.check("before the job")  # also copies the snapshot's pages now, not later

    def start(session: pytest.Session, job: dict[str, Any]) -> list[str]:
        limits: dict[str, Any] = job["limits"]
        if job.get("fail_fast") is True:
            session.config.option.maxfail = 1
        nonce.extend(bytes.fromhex(str(job.pop("nonce", ""))))
        tests = [os.path.join(workdir, str(name)) for name in job["tests"]]
        if not tests:  # the start-up probe: the sandbox works, nothing to run
            os._exit(0)
        plugin.set_output_limit(int(limits["output_kb"]) * 1024)
        _set_time_zone(str(job.get("tz") or "UTC"))
        # The CPU limit counts from the job, not from the process's start.
        _sandbox.apply_limits({**limits, "cpu_seconds": float(limits["cpu_seconds"]) + _cpu_used()})
        if job.get("writetests"):  # a write-the-tests job: the implementation under test
            hidden_file, hidden_code = written.arm(job.pop("writetests"), workdir)
            if codes is not None:
                codes.hidden_file = hidden_file
                codes.hidden_codes = _nested_codes(hidden_code)
        if codes is not None and guard is not None:
            plugin.arm(guard, codes, tamper, job.get("sealed"))
            install_hook(codes, tamper)  # last: the submission's code may run from here on
        return tests

    try:
        _sandbox.set_pdeathsig(signal.SIGKILL)
        # Its own session and process group, in both modes: kill(0) or killpg() must never
        # reach the fork server (process groups span pid namespaces).
        os.setsid()
        _arrange_fds(*fds)
        _enter_sandbox(workdir, isolated)
        plugin = GraderPlugin(_RESULT_FD, 1 << 20)
        gate = _Gate(_JOB_FD, prepare, start)
        exitstatus = run_pytest(pytest_args([workdir], workdir), [plugin, gate, written], prebuilt)
    except BaseException as exc:
        exitstatus = f"{type(exc).__name__}: {exc}"
    finally:
        try:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            if plugin is not None and nonce:
                if guard is not None:
                    guard.check("at the end of the session")
                plugin.finish(exitstatus, [] if guard else snapshot.changed(), nonce.hex())
                os.write(_DONE_FD, DONE)
                while True:  # the supervisor kills us now
                    time.sleep(60)
        finally:
            os._exit(0)
