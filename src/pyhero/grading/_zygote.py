"""The fork server: imports pytest once, freezes the heap, forks one sandboxed child per job.

Started by the host as ``python -I -c "...main()" CTL_FD MODE JOBS_DIR WARM`` (inside bwrap
in isolated mode; ``WARM``: comma-separated modules of an exercise environment to import).
Jobs arrive over the control socket as JSON with two file descriptors: the result channel
(written by the plugin in the test process) and the status channel (written by the job's
supervisor, never reachable by submitted code).
"""

from __future__ import annotations

import array
import contextlib
import gc
import importlib
import json
import os
import pkgutil
import selectors
import signal
import socket
import sys
import time
from typing import Any

from pyhero.grading import _procs

__all__ = ["HOST_ONLY_MODULES", "PLUGIN_MARK", "main"]

PLUGIN_MARK = "+"
"""Marks a ``WARM`` entry that is also a pytest plugin, registered for every job."""

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


def _warm() -> None:
    for name in _WARM_MODULES:
        importlib.import_module(name)
    from _pytest.config import default_plugins

    for name in default_plugins:
        try:
            importlib.import_module(f"_pytest.{name}")
        except ImportError:
            continue


HOST_ONLY_MODULES = frozenset(
    f"pyhero.grading.{name}"
    for name in (
        "_execution",
        "_lanes",
        "_pool",
        "_prepared",
        "_quality_verdict",
        "_reference",
        "_reference_runs",
        "_removal",
        "_results",
        "_rewritten",
        "_runtime",
        "_sealed_verdict",
        "_server",
        "_verdict",
        "_workdir",
        "_writetests",
    )
)
"""Modules of the grader that only the host runs.  They import pyhero's own dependencies
(pydantic, platformdirs), which an exercise environment's interpreter does not have."""


def _import_all(*packages: str) -> None:
    """Every job-side module of these packages, so that none is first imported during a job."""
    for name in packages:
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, f"{name}."):
            if module.name.rsplit(".", 1)[-1].startswith("_dev") or module.name.endswith(".dev"):
                continue  # authoring tools, never used in a job
            if module.name in HOST_ONLY_MODULES:
                continue
            importlib.import_module(module.name)


def main() -> None:
    ctl_fd, mode, jobs_root = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    _warm()
    plugins: list[object] = []
    for name in filter(None, sys.argv[4].split(",") if len(sys.argv) > 4 else ()):
        module = importlib.import_module(name.removeprefix(PLUGIN_MARK))  # its libraries
        if name.startswith(PLUGIN_MARK):
            plugins.append(module)
    _import_all("pyhero.sealed", "pyhero.grading")  # warm, and counted as the harness's
    from pyhero.grading._writetests_job import warm_libraries

    warm_libraries()
    from pyhero.grading._job import run_job
    from pyhero.grading._speedups import cache_plugin_fixtures
    from pyhero.grading._testproc import prebuild_config
    from pyhero.grading._warmup import warm_up

    _RUN_JOB.append(run_job)
    warm_up()
    prebuilt = prebuild_config()
    if prebuilt is not None:
        for plugin in plugins:  # before the snapshot: part of every job's harness
            prebuilt.pluginmanager.register(plugin, getattr(plugin, "__name__", None))
        cache_plugin_fixtures(prebuilt)
    from pyhero.grading._sandbox import python_paths, set_dumpable, set_subreaper

    python_paths()  # computed once here, not in every job's namespace set-up
    from pyhero.grading._audit import CodeSets, harness_codes, watch_test_modules
    from pyhero.grading._tamper import freeze_harness_types, take_snapshot

    codes = CodeSets()
    watch_test_modules(codes)
    harness_codes(codes)
    freeze_harness_types()
    snapshot = take_snapshot()
    set_dumpable(False)
    if mode == "local":
        set_subreaper()
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    gc.collect()
    gc.freeze()
    sock = socket.socket(fileno=ctl_fd)
    sock.sendall(json.dumps({"event": "ready", "pid": os.getpid()}).encode())
    _Server(sock, mode, jobs_root, (snapshot, codes), prebuilt).serve()


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
        if message.get("op") == "prepare":
            self._start(message, list(fds))
        elif message.get("op") == "ping":
            for fd in fds:
                with contextlib.suppress(OSError):
                    os.write(fd, b"1")
                os.close(fd)
        elif message.get("op") == "kill":
            pid = self.jobs.get(message.get("job", ""))
            if pid:
                _procs.kill(pid)
            for fd in fds:
                os.close(fd)
        return True

    def _start(self, message: dict[str, Any], fds: list[int]) -> None:
        """Fork the supervisor of a job prepared ahead of time (see ``_job``)."""
        try:
            pid = os.fork()
        except OSError as exc:
            if len(fds) > 1:
                _write_status(fds[1], {"setup_error": f"cannot start the test process: {exc}"})
            for fd in fds:
                os.close(fd)
            return
        if pid == 0:
            self._forget_other_jobs()
            snapshot, codes = self.snapshot
            _RUN_JOB[0](message, fds, self.mode, self.jobs_root, snapshot, self.prebuilt, codes)
            os._exit(0)
        for fd in fds:
            os.close(fd)
        pidfd = os.pidfd_open(pid)
        self.jobs[message["job"]] = pid
        self.pidfds[pidfd] = (pid, message["job"])
        self.selector.register(pidfd, selectors.EVENT_READ, "job")

    def _forget_other_jobs(self) -> None:
        """In a job's forked supervisor: drop the server's socket and what it knows of jobs."""
        self.sock.close()
        self.selector.close()
        for pidfd in self.pidfds:
            with contextlib.suppress(OSError):
                os.close(pidfd)
        self.pidfds.clear()
        self.jobs.clear()

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
            orphans = _procs.children(os.getpid(), scan=False) - known
        except OSError:
            return
        for pid in orphans:
            _procs.kill(pid)
        for pid in _procs.reap_finished() or ():
            for pidfd, (job_pid, _job) in list(self.pidfds.items()):
                if job_pid == pid:
                    self.selector.unregister(pidfd)
                    os.close(pidfd)
                    del self.pidfds[pidfd]

    def _shutdown(self) -> None:
        for pid, _ in self.pidfds.values():
            _procs.kill(pid)
        deadline = time.monotonic() + 2
        while self.pidfds and time.monotonic() < deadline:
            for key, _ in self.selector.select(timeout=0.1):
                if key.data == "job":
                    self._reap(key.fd)
        # Local mode: test processes orphaned by their supervisor are re-parented here.
        while self.mode == "local" and time.monotonic() < deadline:
            orphans = _procs.children(os.getpid(), scan=False)
            for pid in orphans:
                _procs.kill(pid)
            if _procs.reap_finished() is None:
                return
            time.sleep(0.005)


def _write_status(fd: int, status: dict[str, Any]) -> None:
    from pyhero.grading._protocol import encode_record, write_all

    with contextlib.suppress(OSError):
        write_all(fd, encode_record(status))
