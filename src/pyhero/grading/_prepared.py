"""Jobs prepared ahead of time, so that a grading only pays for running its tests.

A prepared job is a run directory (still empty), the job's pids cgroup and, inside the fork
server, a supervisor and a test process that have already entered their sandbox and started
a pytest session.  They wait on the job's go pipe; the host fills the run directory and
writes the job there.
"""

from __future__ import annotations

import collections
import json
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyhero.exercise import Limits
from pyhero.grading import _cgroup, _sandbox
from pyhero.grading._protocol import write_all
from pyhero.grading._server import ForkServer

__all__ = ["PreparedJob", "Preparer", "tmp_mb"]

_DEFAULT_LIMITS = Limits()


def tmp_mb(limits: Limits) -> int:
    """Size of a job's private ``/tmp``: room for two files of the largest size allowed."""
    return max(16, limits.file_size_mb * 2)


@dataclass(eq=False)
class PreparedJob:
    """One prepared job; the host keeps the reading ends and the go pipe's writing end."""

    job: str
    run_dir: Path
    server: ForkServer
    go_w: int
    result_r: int
    status_r: int
    cgroup: _cgroup.JobCgroup | None
    _open: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self._open = [self.go_w, self.result_r, self.status_r]

    def go(self, message: dict[str, Any], limits: Limits) -> bool:
        """Send the job; False when the prepared processes are gone (or cannot be bounded)."""
        try:
            if self.cgroup is not None and not self.cgroup.apply(limits, tmp_mb(limits)):
                return False
            write_all(self.go_w, json.dumps(message).encode())
        except OSError:
            return False
        finally:  # without a job, the prepared processes withdraw at once
            self._close(self.go_w)
        return True

    def _close(self, fd: int) -> None:
        if fd in self._open:
            self._open.remove(fd)
            os.close(fd)

    def close(self) -> None:
        """Close the host's ends; prepared processes still waiting then withdraw."""
        for fd in list(self._open):
            self._close(fd)


class Preparer:
    """Keeps up to ``target`` jobs prepared on the current fork server (thread-safe)."""

    def __init__(
        self,
        jobs_dir: Path,
        cgroups: _cgroup.JobCgroups | None,
        target: int,
        dispose: Callable[[PreparedJob], None],
    ) -> None:
        self._jobs_dir = jobs_dir
        self._cgroups = cgroups
        self._target = target
        self._dispose = dispose
        self._ready: collections.deque[PreparedJob] = collections.deque()
        self._lock = threading.Lock()

    def prepare(self, server: ForkServer) -> PreparedJob:
        """Start preparing one job (it does not wait for the processes to be ready)."""
        job = uuid.uuid4().hex
        run_dir = self._jobs_dir / job
        run_dir.mkdir(mode=0o755)
        if server.mode == "local":
            for name in (_sandbox.LOCAL_HOME, _sandbox.LOCAL_TMP):
                (run_dir / name).mkdir()
        size = tmp_mb(_DEFAULT_LIMITS)
        cgroup = self._cgroups.new_job(job, _DEFAULT_LIMITS, size) if self._cgroups else None
        result_r, result_w = os.pipe()
        status_r, status_w = os.pipe()
        go_r, go_w = os.pipe()
        prepared = PreparedJob(job, run_dir, server, go_w, result_r, status_r, cgroup)
        fds = [result_w, status_w, go_r, *(cgroup.fds if cgroup else ())]
        message = {
            "op": "prepare",
            "job": job,
            "tmp_mb": size,
            "cgroup_fds": cgroup.roles if cgroup else [],
        }
        try:
            server.submit(message, fds)
        except BaseException:
            self._dispose(prepared)
            raise
        finally:
            for fd in (result_w, status_w, go_r):
                os.close(fd)
            if cgroup is not None:
                cgroup.close_fds()
        return prepared

    def take(self, server: ForkServer) -> PreparedJob | None:
        """A prepared job of ``server``; those of an earlier fork server are disposed of."""
        stale: list[PreparedJob] = []
        found = None
        with self._lock:
            while self._ready:
                prepared = self._ready.popleft()
                if prepared.server is server:
                    found = prepared
                    break
                stale.append(prepared)
        for prepared in stale:
            self._dispose(prepared)
        return found

    def refill(self, server: ForkServer) -> None:
        """Prepare jobs on ``server`` until ``target`` are waiting."""
        while True:
            with self._lock:
                if len(self._ready) >= self._target:
                    return
            prepared = self.prepare(server)
            with self._lock:
                self._ready.append(prepared)

    def drain(self) -> list[PreparedJob]:
        """Every waiting job, no longer tracked here (for a shutdown)."""
        with self._lock:
            waiting, self._ready = list(self._ready), collections.deque()
        return waiting
