"""Host side of the fork server: starting it (under bwrap or not) and sending it jobs."""

from __future__ import annotations

import array
import contextlib
import json
import os
import select
import socket
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

from pyhero.grading import _sandbox
from pyhero.grading._runtime import DEFAULT_RUNTIME, ServerRuntime

__all__ = ["ForkServer", "ForkServerError"]

_START_TIMEOUT = 60.0


class ForkServerError(RuntimeError):
    """The fork server could not be started or died."""


class ForkServer:
    """One fork server process; ``submit`` is thread-safe."""

    def __init__(self, mode: str, jobs_dir: Path, runtime: ServerRuntime = DEFAULT_RUNTIME) -> None:
        self.mode = mode
        self.runtime = runtime
        self._broken = False
        self._lock = threading.Lock()
        self._stderr: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        host_sock, child_sock = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        jobs_view = _sandbox.JOBS_MOUNT if mode == "bubblewrap" else str(jobs_dir)
        command = runtime.command(str(child_sock.fileno()), mode, jobs_view)
        env = _sandbox.job_environment(tempfile.gettempdir(), tempfile.gettempdir())
        if mode == "bubblewrap":
            bwrap = _sandbox.bwrap_path()
            if bwrap is None:
                raise ForkServerError("bwrap is not installed")
            command = _sandbox.bwrap_argv(
                bwrap, jobs_dir, command, runtime.python_dirs, runtime.binds
            )
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._stderr,
                pass_fds=(child_sock.fileno(),),
                env=env,
                start_new_session=True,
            )
        finally:
            child_sock.close()
        self._sock = host_sock
        ready = self._wait_ready()
        if ready.get("event") != "ready":
            self.close()
            raise ForkServerError(f"the fork server did not start: {ready}")
        self.pid = int(self._process.pid)

    def _wait_ready(self) -> dict[str, Any]:
        readable, _, _ = select.select([self._sock], [], [], _START_TIMEOUT)
        data = self._sock.recv(65536) if readable else b""
        if not data:
            self._process.kill()
            self._process.wait()
            raise ForkServerError(f"the fork server did not start: {self.stderr_tail()}")
        message: dict[str, Any] = json.loads(data)
        return message

    def stderr_tail(self) -> str:
        self._stderr.seek(0, os.SEEK_END)
        size = self._stderr.tell()
        self._stderr.seek(max(0, size - 2000))
        return self._stderr.read().decode("utf-8", "replace").strip()

    @property
    def alive(self) -> bool:
        return not self._broken and self._process.poll() is None

    def submit(self, message: dict[str, Any], fds: list[int]) -> None:
        data = json.dumps(message).encode()
        ancillary = (
            [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds).tobytes())] if fds else []
        )
        with self._lock:
            try:
                self._sock.sendmsg([data], ancillary)
            except OSError as exc:
                self._broken = True
                raise ForkServerError(f"the fork server is gone: {exc}") from exc

    def ping(self, timeout: float = 2.0) -> bool:
        """Whether the fork server still answers; one that does not is stopped for good.

        Under bwrap the socket stays open while bwrap lives, even if the fork server died.
        """
        reply_r, reply_w = os.pipe()
        try:
            try:
                self.submit({"op": "ping"}, [reply_w])
            except ForkServerError:
                return False
            finally:
                os.close(reply_w)
            readable, _, _ = select.select([reply_r], [], [], timeout)
            if readable and os.read(reply_r, 1) == b"1":
                return True
        finally:
            os.close(reply_r)
        self._broken = True
        self._process.kill()
        return False

    def kill_job(self, job: str) -> None:
        with contextlib.suppress(ForkServerError):
            self.submit({"op": "kill", "job": job}, [])

    def close(self) -> None:
        try:
            self._sock.close()
        finally:
            try:
                self._process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._stderr.close()
