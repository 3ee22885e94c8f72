"""The public :class:`Grader`: a warm fork server, a concurrency bound, timeouts and kills."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import secrets
import selectors
import shutil
import stat
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal

from pyhero.exercise import ExerciseError, ExerciseSpec, Limits, load_exercise_spec
from pyhero.grading import _cgroup, _sandbox
from pyhero.grading._protocol import MAX_STREAM, Stream, decode_single, decode_stream
from pyhero.grading._results import GradeResult, Isolation, Verdict
from pyhero.grading._server import ForkServer, ForkServerError
from pyhero.grading._verdict import error_result, judge
from pyhero.grading._workdir import SubmissionError, build_workdir

__all__ = ["Grader", "GraderError"]

_GRACE_SECONDS = 5.0
_WARNED: set[str] = set()


class GraderError(Exception):
    """The grader itself cannot work (bad exercise directory, missing isolation, closed)."""


def _jobs_parent() -> str | None:
    """Memory-backed ``/dev/shm`` when it is roomy (containers often give it 64 MB)."""
    shm = "/dev/shm"  # noqa: S108 - memory-backed, private mkdtemp below
    try:
        info = os.statvfs(shm)
    except OSError:
        return None
    roomy = info.f_bavail * info.f_frsize >= 1 << 30
    return shm if roomy and os.access(shm, os.W_OK | os.X_OK) else None


def _force_rmtree(path: Path) -> None:
    def unlock(function: Any, name: str, _exc: object) -> None:
        with contextlib.suppress(OSError):
            os.chmod(os.path.dirname(name), stat.S_IRWXU)
            os.chmod(name, stat.S_IRWXU)
            function(name)

    shutil.rmtree(path, onerror=unlock)


class Grader:
    """Grades exercise directories through a warm, sandboxed fork server (thread-safe)."""

    def __init__(
        self,
        workers: int | None = None,
        isolation: Literal["auto", "bubblewrap", "local"] = "auto",
    ) -> None:
        if isolation not in ("auto", "bubblewrap", "local"):
            raise GraderError(f"isolation must be auto, bubblewrap or local, not {isolation!r}")
        self.workers = workers or os.cpu_count() or 1
        self._jobs_dir = Path(tempfile.mkdtemp(prefix="pyhero-jobs-", dir=_jobs_parent()))
        self._slots = threading.BoundedSemaphore(self.workers)
        self._lock = threading.Lock()
        self._closed = False
        self._executor = ThreadPoolExecutor(max_workers=max(4, self.workers * 2))
        self._cgroups = _cgroup.PidsCgroups.create() if os.geteuid() == 0 else None
        self._server: ForkServer | None = None
        self.isolation = self._start(isolation)

    # -- life cycle -----------------------------------------------------------------------

    def _start(self, requested: str) -> Isolation:
        if requested in ("auto", "bubblewrap"):
            reason = "bwrap is not installed"
            if _sandbox.bwrap_path() is not None:
                try:
                    self._mode = "bubblewrap"
                    self._server = ForkServer("bubblewrap", self._jobs_dir)
                    probe = self._probe()
                    if probe is None:
                        return Isolation.bubblewrap
                    reason = probe
                except ForkServerError as exc:
                    reason = str(exc)
                if self._server is not None:
                    self._server.close()
                    self._server = None
            if requested == "bubblewrap":
                self.close()
                raise GraderError(f"bubblewrap isolation is not available: {reason}")
            _warn_reduced(reason)
        self._mode = "local"
        self._server = ForkServer("local", self._jobs_dir)
        return Isolation.local

    def _probe(self) -> str | None:
        """Run one empty job: namespaces must really work before we rely on them."""
        job = self._new_job_dir()
        try:
            status, _ = self._execute(job, [], Limits(), "probe")
        finally:
            _force_rmtree(self._jobs_dir / job)
        if status is None:
            return "the sandbox did not answer"
        error = status.get("setup_error")
        return f"user namespaces do not work here ({error})" if error else None

    def _server_for_job(self) -> ForkServer:
        with self._lock:
            if self._closed:
                raise GraderError("the grader is closed")
            if self._server is None or not self._server.alive:
                if self._server is not None:
                    self._server.close()
                self._server = ForkServer(self._mode, self._jobs_dir)
            return self._server

    def close(self) -> None:
        with self._lock:
            self._closed = True
            server, self._server = self._server, None
        if server is not None:
            server.close()
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._cgroups is not None:
            self._cgroups.remove()
        _force_rmtree(self._jobs_dir)

    def __enter__(self) -> Grader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- public API -----------------------------------------------------------------------

    def grade(self, exercise_dir: Path, *, trusted_dir: Path | None = None) -> GradeResult:
        """Grade the solution files in ``exercise_dir`` against the trusted tests."""
        spec = _load(trusted_dir or exercise_dir)
        return self._grade(spec, solution_dir=Path(exercise_dir))

    def grade_files(self, trusted_dir: Path, files: Mapping[str, str]) -> GradeResult:
        """Grade in-memory solution files (name as in ``files.solution`` -> text)."""
        return self._grade(_load(trusted_dir), files=files)

    async def agrade(self, exercise_dir: Path, trusted_dir: Path | None = None) -> GradeResult:
        loop = asyncio.get_running_loop()
        call = functools.partial(self.grade, exercise_dir, trusted_dir=trusted_dir)
        return await loop.run_in_executor(self._executor, call)

    def grade_many(self, dirs: Sequence[Path]) -> list[GradeResult]:
        """Grade several directories in parallel; results in the order given."""
        return list(self._executor.map(lambda d: self.grade(Path(d)), dirs))

    # -- one grading ----------------------------------------------------------------------

    def _new_job_dir(self) -> str:
        job = uuid.uuid4().hex
        (self._jobs_dir / job).mkdir(mode=0o755)
        return job

    def _grade(
        self,
        spec: ExerciseSpec,
        *,
        solution_dir: Path | None = None,
        files: Mapping[str, str] | None = None,
    ) -> GradeResult:
        started = time.perf_counter()
        if self._closed:
            raise GraderError("the grader is closed")
        job = self._new_job_dir()
        run_dir = self._jobs_dir / job
        workdirs = (str(run_dir), _sandbox.RUN_MOUNT, str(spec.path.resolve()))

        def elapsed() -> float:
            return round((time.perf_counter() - started) * 1000, 3)

        try:
            try:
                tests = build_workdir(run_dir, spec, solution_dir=solution_dir, files=files)
            except SubmissionError as exc:
                return error_result(
                    str(exc),
                    verdict=Verdict.error,
                    slug=spec.slug,
                    isolation=self.isolation,
                    duration_ms=elapsed(),
                )
            with self._slots:
                status, stream = self._execute(job, tests, spec.limits, spec.slug)
            return judge(
                stream,
                status,
                limits=spec.limits,
                slug=spec.slug,
                isolation=self.isolation,
                duration_ms=elapsed(),
                workdirs=workdirs,
            )
        finally:
            _force_rmtree(run_dir)

    def _execute(
        self, job: str, tests: list[str], limits: Limits, slug: str
    ) -> tuple[dict[str, Any] | None, Stream]:
        """Run one job; a fork server that died meanwhile is restarted once."""
        try:
            return self._execute_once(job, tests, limits, slug)
        except ForkServerError:
            pass
        try:
            return self._execute_once(job, tests, limits, slug)
        except ForkServerError as exc:
            raise GraderError(f"the grader's fork server failed: {exc}") from exc

    def _execute_once(
        self, job: str, tests: list[str], limits: Limits, slug: str
    ) -> tuple[dict[str, Any] | None, Stream]:
        server = self._server_for_job()
        result_r, result_w = os.pipe()
        status_r, status_w = os.pipe()
        fds = [result_w, status_w]
        nonce = secrets.token_hex(16)
        cgroup = self._cgroups.new_job(job, limits.processes) if self._cgroups else None
        if cgroup is not None:
            fds.append(cgroup.procs_fd)
        message = {
            "op": "run",
            "job": job,
            "tests": tests,
            "limits": limits.model_dump(),
            "tmp_mb": max(16, limits.file_size_mb * 2),
            "slug": slug,
            "nonce": nonce,
        }
        try:
            try:
                server.submit(message, fds)
            finally:
                os.close(result_w)
                os.close(status_w)
                if cgroup is not None:
                    cgroup.close_fd()
            data, status_bytes = self._collect(server, job, result_r, status_r, limits)
        finally:
            os.close(result_r)
            os.close(status_r)
            if cgroup is not None and not cgroup.try_remove():
                self._remove_later(cgroup)
        return decode_single(status_bytes), decode_stream(data, nonce)

    def _remove_later(self, cgroup: _cgroup.JobCgroup) -> None:
        """A job's last processes may take a moment to die: never make the caller wait."""
        try:
            self._executor.submit(cgroup.remove)
        except RuntimeError:  # shutting down
            cgroup.remove()

    def _collect(
        self, server: ForkServer, job: str, result_r: int, status_r: int, limits: Limits
    ) -> tuple[bytes, bytes]:
        deadline = time.monotonic() + limits.wall_seconds + _GRACE_SECONDS
        killed = False
        buffers = {result_r: bytearray(), status_r: bytearray()}
        with selectors.DefaultSelector() as selector:
            for fd in buffers:
                selector.register(fd, selectors.EVENT_READ)
            while selector.get_map():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    if killed:
                        break
                    server.kill_job(job)
                    killed = True
                    deadline = time.monotonic() + _GRACE_SECONDS
                    continue
                for key, _ in selector.select(timeout=remaining):
                    chunk = os.read(key.fd, 65536)
                    buffer = buffers[key.fd]
                    if not chunk or len(buffer) > MAX_STREAM:
                        selector.unregister(key.fd)
                    else:
                        buffer += chunk
        return bytes(buffers[result_r]), bytes(buffers[status_r])


def _load(directory: Path) -> ExerciseSpec:
    try:
        return load_exercise_spec(Path(directory))
    except ExerciseError as exc:
        raise GraderError(str(exc)) from exc


def _warn_reduced(reason: str) -> None:
    if not _WARNED:
        _WARNED.add(reason)
        sys.stderr.write(
            f"pyhero: warning: {reason}; grading runs with REDUCED isolation "
            "(local mode: rlimits and a process group; no namespaces, no network cut-off)\n"
        )
