"""One job, forked from the fork server: a supervisor process and the test process.

The supervisor enters the job's namespaces (isolated mode) or becomes a child subreaper
(local mode), forks the test process, enforces the wall clock and the output cap, kills
whatever is left and reports to the host on the status channel.  The test process drops
its privileges, applies the rlimits and runs pytest in-process with the grader's plugin.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from pyhero.grading import _sandbox
from pyhero.grading._protocol import encode_record, write_all

__all__ = ["FIXED_ARGS", "prebuild_config", "pytest_args", "run_job"]

_OUTPUT_HEAD = 8192
_DONE = b"DONE"
_MAX_FD = 65536
_RESULT_FD = 3
_DONE_FD = 4


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


def pytest_args(test_files: list[str], workdir: str) -> list[str]:
    """Command line of the in-process pytest: grader-owned config, no plugins from outside."""
    paths = [os.path.join(workdir, name) for name in test_files]
    return [*paths, "--rootdir", workdir, *FIXED_ARGS]


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


def _run_pytest(args: list[str], plugin: Any, prebuilt: Any) -> object:
    import _pytest.config
    import pytest

    original = _pytest.config.get_config
    if prebuilt is not None:
        _pytest.config.get_config = lambda *_args, **_kwargs: prebuilt
    try:
        return pytest.main(args, plugins=[plugin])
    finally:
        _pytest.config.get_config = original


def run_job(
    message: dict[str, Any],
    fds: list[int],
    mode: str,
    jobs_root: str,
    snapshot: Any,
    prebuilt: Any = None,
) -> None:
    """Supervisor body (never returns)."""
    result_fd, status_fd = fds[0], fds[1]
    nonce = bytes.fromhex(str(message.pop("nonce", "")))  # never kept as a str
    status: dict[str, Any]
    marks = {"start": time.monotonic()}
    try:
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD, signal.SIGPIPE):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        _sandbox.set_pdeathsig(signal.SIGKILL)
        if len(fds) > 2:  # the job's own pids cgroup (host running as root)
            os.write(fds[2], b"0")
            os.close(fds[2])
        limits: dict[str, Any] = message["limits"]
        run_dir = os.path.join(jobs_root, message["job"])
        if mode == "bubblewrap":
            _sandbox.enter_job_namespaces(run_dir, int(message["tmp_mb"]))
            workdir = _sandbox.RUN_MOUNT
        else:
            _sandbox.set_subreaper()
            workdir = run_dir
        out_r, out_w = os.pipe()
        done_r, done_w = os.pipe()
        marks["sandboxed"] = time.monotonic()
        pid = os.fork()
        if pid == 0:
            os.close(out_r)
            os.close(done_r)
            os.close(status_fd)
            fds_kept = (result_fd, out_w, done_w)
            if mode == "bubblewrap":  # pid 1 of the new pid namespace: a minimal init
                _init_process(
                    fds_kept,
                    lambda: _test_process(
                        message, workdir, mode, fds_kept, snapshot, prebuilt, nonce
                    ),
                )
            _test_process(message, workdir, mode, fds_kept, snapshot, prebuilt, nonce)
        os.close(out_w)
        os.close(done_w)
        os.close(result_fd)
        status = _supervise(pid, (out_r, done_r), limits, local=mode != "bubblewrap")
        marks["reaped"] = time.monotonic()
        status["marks"] = marks
    except BaseException as exc:  # report, never raise in a forked child
        status = {"setup_error": f"{type(exc).__name__}: {exc}"}
    with contextlib.suppress(OSError):
        write_all(status_fd, encode_record(status))
    os._exit(0)


def _supervise(
    pid: int, pipes: tuple[int, int], limits: dict[str, Any], *, local: bool
) -> dict[str, Any]:
    """Wait for the test process; ``finished`` only when its runner confirmed the end.

    The runner writes ``DONE`` on its own pipe after the end-of-session record and waits
    to be killed: a process that exits by itself (``os._exit`` after forging records)
    never confirms.
    """
    out_r, done_r = pipes
    deadline = time.monotonic() + float(limits["wall_seconds"])
    cap = int(limits["output_kb"]) * 1024
    pidfd = os.pidfd_open(pid)
    head = bytearray()
    total = 0
    timed_out = overflow = finished = garbage = False
    out_open = True
    poller = select.poll()
    poller.register(pidfd, select.POLLIN)
    poller.register(out_r, select.POLLIN)
    poller.register(done_r, select.POLLIN)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        events = dict(poller.poll(remaining * 1000))
        if out_open and out_r in events:
            chunk = os.read(out_r, 65536)
            if not chunk:
                poller.unregister(out_r)
                out_open = False
            total += len(chunk)
            if len(head) < _OUTPUT_HEAD:
                head += chunk[: _OUTPUT_HEAD - len(head)]
            if total > cap:
                overflow = True
                break
        if done_r in events:
            signal_bytes = os.read(done_r, 64)
            poller.unregister(done_r)
            finished = signal_bytes == _DONE
            garbage = bool(signal_bytes) and not finished
            if signal_bytes:
                break
        if pidfd in events:
            break
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    _, wait_status, usage = os.wait4(pid, 0)
    exit_code = os.WEXITSTATUS(wait_status) if os.WIFEXITED(wait_status) else None
    killed_by = os.WTERMSIG(wait_status) if os.WIFSIGNALED(wait_status) else None
    if local:
        _kill_descendants(pid)
    elif exit_code is not None and exit_code >= 128:  # our init reports the test's signal
        killed_by = exit_code - 128
        exit_code = None
    os.set_blocking(out_r, False)
    drain_deadline = time.monotonic() + 0.5
    while out_open and time.monotonic() < drain_deadline:
        ready, _, _ = select.select([out_r], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(out_r, 65536)
        except BlockingIOError:
            continue
        if not chunk:
            break
        total += len(chunk)
        if len(head) < _OUTPUT_HEAD:
            head += chunk[: _OUTPUT_HEAD - len(head)]
    return {
        "exit_code": exit_code,
        "signal": killed_by,
        "timed_out": timed_out,
        "finished": finished,
        "done_garbage": garbage,
        "output_overflow": overflow or total > cap,
        "output": head.decode("utf-8", "replace"),
        "output_bytes": total,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "maxrss_kb": usage.ru_maxrss,
    }


def _children(me: int) -> set[int]:
    """Our children: the kernel's list, plus a /proc scan (the list can miss new ones)."""
    found: set[int] = set()
    with contextlib.suppress(OSError), open(f"/proc/{me}/task/{me}/children") as handle:
        found.update(int(pid) for pid in handle.read().split())
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        if int(stat[stat.rfind(")") + 2 :].split()[1]) == me:
            found.add(int(entry))
    return found


def _init_process(fds: tuple[int, ...], start: Callable[[], object]) -> None:
    """pid 1 of the job's pid namespace: starts the test process, reaps, exits after it.

    The test process keeps normal signal semantics (pid 1 would ignore its own SIGKILL or
    SIGTERM); when this init exits the kernel kills whatever is left in the namespace.
    Exit status: the test's exit code, or 128 + the signal that killed it.
    """
    code = 125
    try:
        _sandbox.set_pdeathsig(signal.SIGKILL)
        child = os.fork()
        if child == 0:
            start()
        for fd in fds:
            os.close(fd)
        while True:
            pid, wait_status = os.waitpid(-1, 0)
            if pid == child:
                if os.WIFSIGNALED(wait_status):
                    code = 128 + os.WTERMSIG(wait_status)
                else:
                    code = os.WEXITSTATUS(wait_status) & 0x7F
                break
    finally:
        os._exit(code)


def _kill_descendants(test_pid: int) -> None:
    """Local mode: kill the test's process group and every orphan re-parented to us.

    We are a child subreaper, so every descendant ends up our child; we are done when we
    have no child at all (``ECHILD``).
    """
    with contextlib.suppress(OSError):
        os.killpg(test_pid, signal.SIGKILL)
    me = os.getpid()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        children = _children(me)
        for child in children:
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)
        reaped = False
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                break
            reaped = True
        if not children and not reaped:
            time.sleep(0.002)


def _test_process(
    message: dict[str, Any],
    workdir: str,
    mode: str,
    fds: tuple[int, int, int],
    snapshot: Any,
    prebuilt: Any,
    nonce: bytes,
) -> None:
    """The process that imports the submission (never returns)."""
    result_fd, out_w, done_w = fds
    plugin: Any = None
    exitstatus: object = "not started"
    try:
        _sandbox.set_pdeathsig(signal.SIGKILL)
        # Its own session and process group, in both modes: kill(0) or killpg() must never
        # reach the fork server (process groups span pid namespaces).
        os.setsid()
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_w, 1)
        os.dup2(out_w, 2)
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 64) for fd in (result_fd, done_w)]
        os.closerange(3, 64)
        os.dup2(high[0], _RESULT_FD)
        os.dup2(high[1], _DONE_FD)
        os.closerange(_DONE_FD + 1, _MAX_FD)
        result_fd, done_w = _RESULT_FD, _DONE_FD
        if mode == "bubblewrap":
            _sandbox.drop_capabilities()
        _sandbox.set_dumpable(False)
        isolated = mode == "bubblewrap"
        home = _sandbox.SANDBOX_TMP if isolated else os.path.join(workdir, ".home")
        tmp = _sandbox.SANDBOX_TMP if isolated else os.path.join(workdir, ".tmp")
        for path in (home, tmp):
            os.makedirs(path, exist_ok=True)
        os.environ.clear()
        os.environ.update(_sandbox.job_environment(home, tmp))
        os.chdir(workdir)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        sys.path.insert(0, workdir)
        sys.dont_write_bytecode = True
        sys.argv = ["pytest"]
        import tempfile

        tempfile.tempdir = None
        _sandbox.apply_limits(message["limits"])
        if not message["tests"]:  # the start-up probe: the sandbox works, nothing to run
            os._exit(0)

        from pyhero.grading._plugin import GraderPlugin

        plugin = GraderPlugin(result_fd, int(message["limits"]["output_kb"]) * 1024)
        exitstatus = _run_pytest(pytest_args(message["tests"], workdir), plugin, prebuilt)
    except BaseException as exc:
        exitstatus = f"{type(exc).__name__}: {exc}"
    finally:
        try:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            if plugin is not None:
                plugin.finish(exitstatus, snapshot.changed(), nonce.hex())
                os.write(done_w, _DONE)
                while True:  # the supervisor kills us now
                    time.sleep(60)
        finally:
            os._exit(0)
