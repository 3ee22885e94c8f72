"""One job's supervisor, forked from the fork server before the job arrives.

The supervisor joins the job's pids cgroup, enters the job's namespaces (isolated mode) or
becomes a child subreaper (local mode) and forks the test process, which prepares a pytest
session and waits.  All of that happens ahead of time.  When the host sends the job on the
go pipe, the supervisor passes it to the test process, enforces the wall clock and the
output cap, kills whatever is left and reports to the host on the status channel.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import time
from collections.abc import Callable
from typing import Any

from pyhero.grading import _cgroup, _procs, _sandbox
from pyhero.grading._protocol import DONE, MAX_JOB_MESSAGE, encode_record, write_all
from pyhero.grading._quality_job import run_quality
from pyhero.grading._testproc import test_process

__all__ = ["run_job"]

_OUTPUT_HEAD = 8192


def run_job(
    message: dict[str, Any],
    fds: list[int],
    mode: str,
    jobs_root: str,
    snapshot: Any,
    prebuilt: Any = None,
    codes: Any = None,
) -> None:
    """Supervisor body (never returns).

    ``fds``: the result channel, the status channel, the go pipe and, when the host runs as
    root, the job's cgroup descriptors named by ``message["cgroup_fds"]``: ``procs`` (joined
    here) and ``memory_events`` (read when the job ended).
    """
    result_fd, status_fd, go_fd = fds[:3]
    status: dict[str, Any]
    marks = {"prepare": time.monotonic()}
    memory_events: int | None = None
    try:
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        _sandbox.set_pdeathsig(signal.SIGKILL)
        for role, fd in zip(message.get("cgroup_fds", ()), fds[3:], strict=False):
            if role == "memory_events":
                memory_events = fd
                continue
            os.write(fd, b"0")
            os.close(fd)
        isolated = mode == "bubblewrap"
        run_dir = os.path.join(jobs_root, str(message["job"]))
        if isolated:
            _sandbox.enter_job_namespaces(run_dir, int(message["tmp_mb"]))
            workdir = _sandbox.RUN_MOUNT
        else:
            _sandbox.set_subreaper()
            workdir = run_dir
        out_r, out_w = os.pipe()
        done_r, done_w = os.pipe()
        job_r, job_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            unneeded = [out_r, done_r, job_w, status_fd, go_fd]
            for fd in unneeded if memory_events is None else [*unneeded, memory_events]:
                os.close(fd)
            kept = (result_fd, out_w, done_w, job_r)

            def body() -> None:
                test_process(kept, workdir, isolated, snapshot, prebuilt, codes)

            if isolated:  # pid 1 of the new pid namespace: a minimal init
                _init_process(kept, body)
            body()
        for fd in (out_w, done_w, job_r, result_fd):
            os.close(fd)
        pidfd = os.pidfd_open(pid)
        marks["prepared"] = time.monotonic()
        go = _await_go(go_fd, pidfd)
        marks["go"] = time.monotonic()
        if not go:
            os.close(job_w)
            status = _end(pid, out_r, local=not isolated)
            if go is None:
                status = {"setup_error": _early_end(status)}
        else:
            job = json.loads(go)
            if isolated and int(job["tmp_mb"]) != int(message["tmp_mb"]):
                _sandbox.resize_tmp(int(job["tmp_mb"]))
            limits, quality = _quality_first(job, workdir, isolated, marks)
            write_all(job_w, go)
            os.close(job_w)
            status = _supervise(pid, pidfd, (out_r, done_r), limits, marks, local=not isolated)
            if quality is not None:
                status["quality"] = quality
        marks["reaped"] = time.monotonic()
        status["marks"] = marks
        if memory_events is not None:
            status["memory_exceeded"] = _cgroup.oom_kills(memory_events) > 0
    except BaseException as exc:  # report, never raise in a forked child
        status = {"setup_error": f"{type(exc).__name__}: {exc}"}
    with contextlib.suppress(OSError):
        write_all(status_fd, encode_record(status))
    os._exit(0)


def _quality_first(
    job: dict[str, Any], workdir: str, isolated: bool, marks: dict[str, float]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """A make-it-clean job's checks, before the test process gets its job; the tests then
    have what is left of the wall clock."""
    limits: dict[str, Any] = job["limits"]
    if job.get("quality") is None:
        return limits, None
    wall = float(limits["wall_seconds"])
    report = run_quality(job, workdir, isolated, marks["go"] + wall)
    marks["quality"] = time.monotonic()
    left = max(0.1, wall - (marks["quality"] - marks["go"]))
    return {**limits, "wall_seconds": left}, report


def _await_go(go_fd: int, pidfd: int) -> bytes | None:
    """The job, read to the end; ``b""`` if the host withdrew it, ``None`` if the test died."""
    poller = select.poll()
    poller.register(go_fd, select.POLLIN)
    poller.register(pidfd, select.POLLIN)
    data = bytearray()
    while len(data) <= MAX_JOB_MESSAGE:
        events = dict(poller.poll())
        if go_fd in events:
            chunk = os.read(go_fd, MAX_JOB_MESSAGE)
            if not chunk:
                return bytes(data)
            data += chunk
        elif pidfd in events:
            return None
    return b""


def _early_end(status: dict[str, Any]) -> str:
    how = (
        f"signal {status['signal']}"
        if status.get("signal") is not None
        else f"exit code {status.get('exit_code')}"
    )
    output = str(status.get("output", "")).strip()[-2000:]
    return f"the test process ended before its job ({how})" + (f": {output}" if output else "")


def _supervise(
    pid: int,
    pidfd: int,
    pipes: tuple[int, int],
    limits: dict[str, Any],
    marks: dict[str, float],
    *,
    local: bool,
) -> dict[str, Any]:
    """Wait for the test process; ``finished`` only when its runner confirmed the end.

    The runner writes ``DONE`` on its own pipe after the end-of-session record and waits
    to be killed: a process that exits by itself (``os._exit`` after forging records)
    never confirms.
    """
    out_r, done_r = pipes
    deadline = time.monotonic() + float(limits["wall_seconds"])
    cap = int(limits["output_kb"]) * 1024
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
            finished = signal_bytes == DONE
            garbage = bool(signal_bytes) and not finished
            if signal_bytes:
                break
        if pidfd in events:
            break
    marks["ended"] = time.monotonic()
    status = _end(pid, out_r, local=local, head=head, total=total, drain=out_open)
    status.update(
        timed_out=timed_out,
        finished=finished,
        done_garbage=garbage,
        output_overflow=overflow or status["output_bytes"] > cap,
    )
    return status


def _end(
    pid: int,
    out_r: int,
    *,
    local: bool,
    head: bytearray | None = None,
    total: int = 0,
    drain: bool = True,
) -> dict[str, Any]:
    """Kill the job's processes, reap the test (or its init) and drain what it printed."""
    head = bytearray() if head is None else head
    _procs.kill(pid)
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
    while drain and time.monotonic() < drain_deadline:
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
        "output": head.decode("utf-8", "replace"),
        "output_bytes": total,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "maxrss_kb": usage.ru_maxrss,
    }


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
    have no child at all.
    """
    with contextlib.suppress(OSError):
        os.killpg(test_pid, signal.SIGKILL)
    me = os.getpid()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        children = _procs.children(me)
        for child in children:
            _procs.kill(child)
        reaped = _procs.reap_finished()
        if reaped is None:
            return
        if not children and not reaped:
            time.sleep(0.002)
