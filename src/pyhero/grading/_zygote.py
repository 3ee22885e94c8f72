"""The fork server: imports pytest once, freezes the heap, forks one sandboxed child per job.

Started by the host as ``python -I -c "...main()" CTL_FD MODE JOBS_DIR`` (inside bwrap in
isolated mode).  Jobs arrive over the control socket as JSON with two file descriptors: the
result channel (written by the plugin in the test process) and the status channel (written
by the job's supervisor, never reachable by submitted code).
"""

from __future__ import annotations

import array
import contextlib
import gc
import importlib
import json
import os
import selectors
import signal
import socket
import sys
import time
from typing import Any

__all__ = ["main"]

_WARM_MODULES = (
    "asyncio",
    "collections",
    "contextlib",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "fractions",
    "functools",
    "heapq",
    "itertools",
    "json",
    "math",
    "operator",
    "random",
    "re",
    "statistics",
    "string",
    "textwrap",
    "typing",
    "unittest",
    "unittest.mock",
    "pytest",
    "_pytest.assertion.rewrite",
    "_pytest.subtests",
)

_MAX_MESSAGE = 1 << 16
_RUN_JOB: list[Any] = []
_OUTPUT_HEAD = 8192


def _warm() -> None:
    for name in _WARM_MODULES:
        importlib.import_module(name)
    from _pytest.config import default_plugins

    for name in default_plugins:
        try:
            importlib.import_module(f"_pytest.{name}")
        except ImportError:
            continue


def main() -> None:
    ctl_fd, mode, jobs_root = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    _warm()
    from pyhero.grading._job import prebuild_config, run_job
    from pyhero.grading._speedups import cache_assertion_rewrites, cache_plugin_fixtures
    from pyhero.grading._warmup import warm_up

    _RUN_JOB.append(run_job)
    warm_up()
    prebuilt = prebuild_config()
    if prebuilt is not None:
        cache_plugin_fixtures(prebuilt)
    if mode == "bubblewrap":  # run directories always appear at the same path there
        cache_assertion_rewrites()
    from pyhero.grading._sandbox import python_paths, set_dumpable, set_subreaper

    python_paths()  # computed once here, not in every job's namespace set-up
    from pyhero.grading._tamper import take_snapshot

    snapshot = take_snapshot()
    set_dumpable(False)
    if mode == "local":
        set_subreaper()
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    gc.collect()
    gc.freeze()
    sock = socket.socket(fileno=ctl_fd)
    sock.sendall(json.dumps({"event": "ready", "pid": os.getpid()}).encode())
    _Server(sock, mode, jobs_root, snapshot, prebuilt).serve()


class _Server:
    def __init__(
        self, sock: socket.socket, mode: str, jobs_root: str, snapshot: Any, prebuilt: Any
    ) -> None:
        self.sock = sock
        self.prebuilt = prebuilt
        self.mode = mode
        self.jobs_root = jobs_root
        self.snapshot = snapshot
        self.selector = selectors.DefaultSelector()
        self.jobs: dict[str, int] = {}  # job id -> supervisor pid
        self.pidfds: dict[int, tuple[int, str]] = {}  # pidfd -> (pid, job id)

    def serve(self) -> None:
        self.selector.register(self.sock, selectors.EVENT_READ, "ctl")
        while True:
            for key, _ in self.selector.select(timeout=1.0):
                if key.data == "ctl":
                    if not self._receive():
                        self._shutdown()
                        return
                else:
                    self._reap(key.fd)
            if self.mode == "local":
                self._kill_orphans()

    def _receive(self) -> bool:
        fds = array.array("i")
        try:
            data, ancdata, _, _ = self.sock.recvmsg(
                _MAX_MESSAGE, socket.CMSG_SPACE(8 * fds.itemsize)
            )
        except OSError:
            return False
        for level, kind, payload in ancdata:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds.frombytes(payload[: len(payload) - len(payload) % fds.itemsize])
        if not data:
            return False
        message = json.loads(data)
        if message.get("op") == "run":
            self._start(message, list(fds))
        elif message.get("op") == "kill":
            pid = self.jobs.get(message.get("job", ""))
            if pid:
                _kill(pid)
            for fd in fds:
                os.close(fd)
        return True

    def _start(self, message: dict[str, Any], fds: list[int]) -> None:
        if self.mode == "bubblewrap":
            self._precompile(message)
        try:
            pid = os.fork()
        except OSError as exc:
            if len(fds) > 1:
                _write_status(fds[1], {"setup_error": f"cannot start the test process: {exc}"})
            for fd in fds:
                os.close(fd)
            return
        if pid == 0:
            self.sock.close()
            _RUN_JOB[0](message, fds, self.mode, self.jobs_root, self.snapshot, self.prebuilt)
            os._exit(0)
        for fd in fds:
            os.close(fd)
        pidfd = os.pidfd_open(pid)
        self.jobs[message["job"]] = pid
        self.pidfds[pidfd] = (pid, message["job"])
        self.selector.register(pidfd, selectors.EVENT_READ, "job")

    def _precompile(self, message: dict[str, Any]) -> None:
        from pyhero.grading._sandbox import RUN_MOUNT
        from pyhero.grading._speedups import precompile

        for name in message.get("tests", []):
            source = os.path.join(self.jobs_root, str(message["job"]), str(name))
            # On any problem the child compiles the file itself (and reports its errors).
            with contextlib.suppress(Exception):
                precompile(source, os.path.join(RUN_MOUNT, str(name)))

    def _reap(self, pidfd: int) -> None:
        pid, job = self.pidfds.pop(pidfd)
        self.selector.unregister(pidfd)
        os.close(pidfd)
        self.jobs.pop(job, None)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)

    def _kill_orphans(self) -> None:
        """Local mode: processes orphaned by a dead job are re-parented here; kill them."""
        known = {pid for pid, _ in self.pidfds.values()}
        try:
            children = _children(os.getpid())
        except OSError:
            return
        for pid in children - known:
            _kill(pid)
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid in known:
                for pidfd, (job_pid, _job) in list(self.pidfds.items()):
                    if job_pid == pid:
                        self.selector.unregister(pidfd)
                        os.close(pidfd)
                        del self.pidfds[pidfd]

    def _shutdown(self) -> None:
        for pid, _ in self.pidfds.values():
            _kill(pid)
        deadline = time.monotonic() + 2
        while self.pidfds and time.monotonic() < deadline:
            for key, _ in self.selector.select(timeout=0.1):
                if key.data == "job":
                    self._reap(key.fd)


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as handle:
                found.update(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def _kill(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)


def _write_status(fd: int, status: dict[str, Any]) -> None:
    from pyhero.grading._protocol import encode_record, write_all

    with contextlib.suppress(OSError):
        write_all(fd, encode_record(status))
