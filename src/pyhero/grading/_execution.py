"""Running one job on a lane: take a prepared sandbox, send it the job, collect what it
writes within its limits, and dispose of it."""

from __future__ import annotations

import contextlib
import os
import secrets
import select
import selectors
import time
from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path
from typing import Any

from pyhero.exercise import Limits
from pyhero.grading import _cgroup
from pyhero.grading._lanes import Lane
from pyhero.grading._prepared import PreparedJob, tmp_mb
from pyhero.grading._protocol import (
    MAX_STREAM,
    Stream,
    decode_single,
    decode_stream,
    record_complete,
)
from pyhero.grading._removal import remove_tree
from pyhero.grading._server import ForkServer, ForkServerError

__all__ = ["GraderError", "JobOutcome", "JobRunner"]

GRACE_SECONDS = 5.0
_ATTEMPTS = 3

JobOutcome = tuple[dict[str, Any] | None, Stream, Path]
"""A job's status report (``None`` when it wrote none), its result stream, its run directory."""


class GraderError(Exception):
    """The grader itself cannot work (bad exercise directory, missing isolation, closed)."""


class JobRunner:
    """Runs jobs on the fork servers that ``server_for_job`` gives for a lane; cgroups that
    outlive their job are removed on ``background``."""

    def __init__(self, server_for_job: Callable[[Lane], ForkServer], background: Executor) -> None:
        self._server_for_job = server_for_job
        self._background = background

    def execute(
        self,
        fill: Callable[[Path], list[str]],
        limits: Limits,
        extra: dict[str, Any] | None = None,
        *,
        lane: Lane,
    ) -> JobOutcome:
        """Run one job: ``fill`` writes the run directory and names the tests; a prepared
        job whose processes are gone is replaced."""
        with lane.in_use():
            return self._execute_on(fill, limits, extra, lane)

    def _execute_on(
        self,
        fill: Callable[[Path], list[str]],
        limits: Limits,
        extra: dict[str, Any] | None,
        lane: Lane,
    ) -> JobOutcome:
        preparer = lane.preparer
        for attempt in range(_ATTEMPTS):
            server = self._server_for_job(lane)
            try:
                prepared = preparer.take(server) or preparer.prepare(server)
            except ForkServerError:
                continue  # the server is marked broken: the next attempt starts a new one
            try:
                tests = fill(prepared.run_dir)
                nonce = secrets.token_hex(16)
                message = {
                    **(extra or {}),
                    "tests": tests,
                    "limits": limits.model_dump(),
                    "tmp_mb": tmp_mb(limits),
                    "nonce": nonce,
                }
                if not prepared.go(message, limits):
                    status = _status_of_failed_start(prepared)
                    if status is None:
                        server.ping()
                        continue
                    return status, decode_stream(b"", nonce), prepared.run_dir
                with contextlib.suppress(ForkServerError):
                    preparer.refill(server)
                data, status_bytes = _collect(prepared, limits)
                status = decode_single(status_bytes)
                if status is None and not data and attempt + 1 < _ATTEMPTS:
                    server.ping()  # its processes were gone before the job reached them
                    continue
                return status, decode_stream(data, nonce), prepared.run_dir
            finally:
                self.dispose(prepared)
        raise GraderError("the grader's fork server failed: its jobs end before they start")

    def dispose(self, prepared: PreparedJob, *, wait: bool = False) -> None:
        """Close a job's channels and remove its run directory and cgroup (``wait``: even
        when its last processes take a moment to die)."""
        prepared.close()
        remove_tree(prepared.run_dir)
        if prepared.cgroup is None or prepared.cgroup.try_remove():
            return
        if wait:
            prepared.cgroup.remove()
        else:
            self._remove_later(prepared.cgroup)

    def _remove_later(self, cgroup: _cgroup.JobCgroup) -> None:
        """A job's last processes may take a moment to die: never make the caller wait."""
        try:
            self._background.submit(cgroup.remove)
        except RuntimeError:  # shutting down
            cgroup.remove()


def _status_of_failed_start(prepared: PreparedJob) -> dict[str, Any] | None:
    """Why a prepared job could not take its job: its report, if it wrote one."""
    data = bytearray()
    deadline = time.monotonic() + GRACE_SECONDS
    while (remaining := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([prepared.status_r], [], [], remaining)
        chunk = os.read(prepared.status_r, 65536) if ready else b""
        if not chunk:
            break
        data += chunk
    status = decode_single(bytes(data))
    return status if status and status.get("setup_error") else None


def _collect(prepared: PreparedJob, limits: Limits) -> tuple[bytes, bytes]:
    """Read the job's result and status channels until its status report is complete, or
    kill it once its wall time (plus a grace period) is over."""
    result_r, status_r = prepared.result_r, prepared.status_r
    deadline = time.monotonic() + limits.wall_seconds + GRACE_SECONDS
    last_chance = False  # after the kill, or once the job's processes are gone
    buffers = {result_r: bytearray(), status_r: bytearray()}
    with selectors.DefaultSelector() as selector:
        for fd in buffers:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                if last_chance:
                    break
                prepared.server.kill_job(prepared.job)
                last_chance = True
                deadline = time.monotonic() + GRACE_SECONDS
                continue
            for key, _ in selector.select(timeout=remaining):
                chunk = os.read(key.fd, 65536)
                buffer = buffers[key.fd]
                if not chunk or len(buffer) > MAX_STREAM:
                    selector.unregister(key.fd)
                    continue
                buffer += chunk
                if key.fd == status_r and record_complete(buffer):
                    # Written once the job's processes are gone: what they wrote on the
                    # result channel is all there; the supervisor's own exit is not worth
                    # waiting for.
                    selector.unregister(status_r)
                    last_chance = True
                    deadline = min(deadline, time.monotonic() + GRACE_SECONDS)
    return bytes(buffers[result_r]), bytes(buffers[status_r])
