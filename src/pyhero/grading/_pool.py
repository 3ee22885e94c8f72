"""The public :class:`Grader`: a warm fork server, a concurrency bound, timeouts and kills."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
import os
import random
import secrets
import select
import selectors
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pyhero.environments import Environments, EnvironmentsError
from pyhero.exercise import ExerciseError, ExerciseSpec, Limits, load_exercise_spec
from pyhero.grading import _cgroup, _sandbox
from pyhero.grading._environment import TIME_ZONES, JobEnvironment
from pyhero.grading._lanes import EnvironmentLanes, Lane
from pyhero.grading._prepared import PreparedJob, Preparer, tmp_mb
from pyhero.grading._protocol import (
    MAX_STREAM,
    Stream,
    decode_single,
    decode_stream,
    record_complete,
)
from pyhero.grading._quality_verdict import quality_job
from pyhero.grading._reference import (
    SEALED_CASES,
    SEALED_FILE,
    SEALED_MODULE,
    Reference,
    ReferenceCache,
    content_key,
    seeds_for,
)
from pyhero.grading._removal import remove_tree
from pyhero.grading._results import GradeResult, Isolation, Verdict
from pyhero.grading._runtime import DEFAULT_RUNTIME
from pyhero.grading._sealed_verdict import ReferenceFailure, reference_from_run
from pyhero.grading._server import ForkServer, ForkServerError
from pyhero.grading._verdict import error_result, judge
from pyhero.grading._workdir import SubmissionError, build_workdir, read_solution
from pyhero.grading._writetests import Run, RunJob, grade_written_tests, run_against
from pyhero.grading._zygote import PLUGIN_MARK

__all__ = ["Grader", "GraderError"]

_GRACE_SECONDS = 5.0
_ENVIRONMENT_IDLE_SECONDS = 300.0
_ATTEMPTS = 3
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
    """Remove a run or jobs directory whatever a submission left in it; never raises."""
    remove_tree(path)


class Grader:
    """Grades exercise directories through a warm, sandboxed fork server (thread-safe)."""

    def __init__(
        self,
        workers: int | None = None,
        isolation: Literal["auto", "bubblewrap", "local"] = "auto",
        *,
        cache_dir: Path | None = None,
        environments: Environments | None = None,
        environment_idle_seconds: float = _ENVIRONMENT_IDLE_SECONDS,
    ) -> None:
        """``cache_dir`` keeps reference runs (default: the user cache directory).

        ``environments`` finds the builds of the exercise environments (default: those of
        the exercise's own content directory, built in the configured cache); a server
        running an environment stops after ``environment_idle_seconds`` without a job.
        """
        if isolation not in ("auto", "bubblewrap", "local"):
            raise GraderError(f"isolation must be auto, bubblewrap or local, not {isolation!r}")
        self.workers = workers or os.cpu_count() or 1
        self._jobs_dir = Path(tempfile.mkdtemp(prefix="pyhero-jobs-", dir=_jobs_parent()))
        self._slots = threading.BoundedSemaphore(self.workers)
        self._lock = threading.Lock()
        self._closed = False
        self._executor = ThreadPoolExecutor(max_workers=max(4, self.workers * 2))
        self._cgroups = _cgroup.JobCgroups.create() if os.geteuid() == 0 else None
        self._default = Lane(DEFAULT_RUNTIME, self._new_preparer())
        self._environments = environments
        self._environment_lanes = EnvironmentLanes(
            self._new_preparer, self._dispose, environment_idle_seconds
        )
        self._references = ReferenceCache(cache_dir)
        self._zones = itertools.cycle(TIME_ZONES)
        self.isolation = self._start(isolation)

    # -- life cycle -----------------------------------------------------------------------

    def _new_preparer(self) -> Preparer:
        return Preparer(self._jobs_dir, self._cgroups, self.workers, self._dispose)

    def _start(self, requested: str) -> Isolation:
        if requested in ("auto", "bubblewrap"):
            reason = "bwrap is not installed"
            if _sandbox.bwrap_path() is not None:
                try:
                    self._mode = "bubblewrap"
                    self._default.server_for_job(self._mode, self._jobs_dir)
                    probe = self._probe()
                    if probe is None:
                        return Isolation.bubblewrap
                    reason = probe
                except ForkServerError as exc:
                    reason = str(exc)
                self._default.stop(self._dispose)
            if requested == "bubblewrap":
                self.close()
                raise GraderError(f"bubblewrap isolation is not available: {reason}")
            _warn_reduced(reason)
        self._mode = "local"
        self._default.server_for_job(self._mode, self._jobs_dir)
        return Isolation.local

    def _probe(self) -> str | None:
        """Run one empty job: namespaces must really work before we rely on them."""
        try:
            status, _, _ = self._execute(lambda _run_dir: [], Limits(), lane=self._default)
        except GraderError as exc:
            return str(exc)
        if status is None:
            return "the sandbox did not answer"
        error = status.get("setup_error")
        return f"user namespaces do not work here ({error})" if error else None

    def _server_for_job(self, lane: Lane) -> ForkServer:
        if self._closed:
            raise GraderError("the grader is closed")
        server = lane.server_for_job(self._mode, self._jobs_dir)
        if self._closed:  # closed meanwhile: never leave a server behind
            lane.stop(self._dispose)
            raise GraderError("the grader is closed")
        return server

    def running_environments(self) -> list[str]:
        """The exercise environments whose fork server is running now."""
        return self._environment_lanes.running()

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._environment_lanes.close()
        self._default.stop(functools.partial(self._dispose, wait=True))
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._cgroups is not None:
            self._cgroups.remove()
        _force_rmtree(self._jobs_dir)

    def __enter__(self) -> Grader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- public API -----------------------------------------------------------------------

    def grade(
        self,
        exercise_dir: Path,
        *,
        trusted_dir: Path | None = None,
        environment: JobEnvironment | None = None,
        checks: bool = True,
    ) -> GradeResult:
        """Grade the solution files in ``exercise_dir`` against the trusted tests.

        ``environment`` fixes the time zone and sealed seed (the content checker's use);
        by default both rotate.  ``checks=False`` grades a make-it-clean exercise on its
        behaviour alone (the content checker's mutants).
        """
        spec = _load(trusted_dir or exercise_dir)
        return self._grade(spec, environment, solution_dir=Path(exercise_dir), checks=checks)

    def grade_files(
        self,
        trusted_dir: Path,
        files: Mapping[str, str],
        *,
        environment: JobEnvironment | None = None,
        checks: bool = True,
    ) -> GradeResult:
        """Grade in-memory solution files (name as in ``files.solution`` -> text);
        ``checks`` as for :meth:`grade`."""
        return self._grade(_load(trusted_dir), environment, files=files, checks=checks)

    async def agrade(self, exercise_dir: Path, trusted_dir: Path | None = None) -> GradeResult:
        loop = asyncio.get_running_loop()
        call = functools.partial(self.grade, exercise_dir, trusted_dir=trusted_dir)
        return await loop.run_in_executor(self._executor, call)

    def grade_many(self, dirs: Sequence[Path]) -> list[GradeResult]:
        """Grade several directories in parallel; results in the order given."""
        return list(self._executor.map(lambda d: self.grade(Path(d)), dirs))

    # -- one grading ----------------------------------------------------------------------

    def _grade(
        self,
        spec: ExerciseSpec,
        environment: JobEnvironment | None,
        *,
        solution_dir: Path | None = None,
        files: Mapping[str, str] | None = None,
        checks: bool = True,
    ) -> GradeResult:
        started = time.perf_counter()
        if self._closed:
            raise GraderError("the grader is closed")
        environment = environment or JobEnvironment()

        def elapsed() -> float:
            return round((time.perf_counter() - started) * 1000, 3)

        view = _sandbox.RUN_MOUNT if self.isolation is Isolation.bubblewrap else None

        def failed(message: str) -> GradeResult:
            return error_result(
                message,
                verdict=Verdict.error,
                slug=spec.slug,
                isolation=self.isolation,
                duration_ms=elapsed(),
            )

        try:
            lane = self._lane_for(spec)
        except EnvironmentsError as exc:
            return failed(f"{spec.slug}: {exc}")
        if spec.kind == "tests":
            try:
                if solution_dir is not None:
                    files = read_solution(spec, solution_dir)
                run = self._written_runner(spec, environment, lane, files or {})
                return grade_written_tests(spec, run, elapsed)
            except SubmissionError as exc:
                return failed(str(exc))
            except ForkServerError as exc:
                return failed(f"{spec.slug}: the grader could not start its environment: {exc}")
        try:
            reference = self._reference(spec, environment.seed, lane)
        except ReferenceFailure as exc:
            return failed(str(exc))
        except ForkServerError as exc:
            return failed(f"{spec.slug}: the grader could not start its environment: {exc}")

        def fill(run_dir: Path) -> list[str]:
            cases = reference.cases if reference is not None else None
            return build_workdir(
                run_dir,
                spec,
                solution_dir=solution_dir,
                files=files,
                job_view=view,
                grader_files=_sealed_files(spec, cases) if cases is not None else None,
            )

        sealed = None
        if reference is not None and reference.sealed:
            sealed = {
                "mode": "learner",
                "module": SEALED_MODULE,
                "cases": SEALED_CASES,
                "solution": _solution_module(spec),
            }
        extra = self._job_extra(environment, sealed)
        quality = spec.pyhero.quality if checks else None
        if quality is not None:
            extra["quality"] = quality_job(quality, spec.solution_files)
        try:
            with self._slots:
                status, stream, run_dir = self._execute(fill, spec.limits, extra, lane=lane)
        except SubmissionError as exc:
            return failed(str(exc))
        except ForkServerError as exc:
            return failed(f"{spec.slug}: the grader could not start its environment: {exc}")
        try:
            return judge(
                stream,
                status,
                limits=spec.limits,
                slug=spec.slug,
                isolation=self.isolation,
                duration_ms=elapsed(),
                workdirs=(str(run_dir), _sandbox.RUN_MOUNT, str(spec.path.resolve())),
                reference=reference,
                fail_fast=environment.fail_fast,
                quality=(quality, spec.solution_files) if quality is not None else None,
            )
        except Exception as exc:  # what the job sent is data: a bug reading it is ours
            return failed(
                f"The grader could not read this run's results ({type(exc).__name__}); "
                "please report it."
            )

    def grade_tests_against(
        self, trusted_dir: Path, files: Mapping[str, str], sources: Sequence[str]
    ) -> list[GradeResult]:
        """Run a write-the-tests submission against each implementation source given (the
        content checker's mutation analysis); one judged result per source, in order."""
        spec = _load(trusted_dir)
        if spec.kind != "tests":
            raise GraderError(f"{spec.slug} is not a write-the-tests exercise")
        runs = run_against(
            spec, sources, self._written_runner(spec, JobEnvironment(), self._lane_for(spec), files)
        )
        return [result for result, _ in runs]

    def _written_runner(
        self, spec: ExerciseSpec, environment: JobEnvironment, lane: Lane, files: Mapping[str, str]
    ) -> RunJob:
        """Runs one job of a write-the-tests grading: every job of one grading gets the same
        files and time zone, and differs only in its ``writetests`` entry."""
        view = _sandbox.RUN_MOUNT if self.isolation is Isolation.bubblewrap else None
        extra = self._job_extra(environment, None)

        def fill(run_dir: Path) -> list[str]:
            return build_workdir(run_dir, spec, files=files, job_view=view)

        def run(entry: dict[str, Any]) -> Run:
            started = time.perf_counter()
            with self._slots:
                status, stream, run_dir = self._execute(
                    fill, spec.limits, {**extra, "writetests": entry}, lane=lane
                )
            return self._judge_run(spec, stream, status, run_dir, started), stream

        return run

    def _lane_for(self, spec: ExerciseSpec) -> Lane:
        """The default lane, or the lane of the exercise's environment (which must be built:
        :class:`~pyhero.environments.MissingEnvironment` names the command otherwise)."""
        name = spec.pyhero.environment
        if name is None:
            return self._default
        environments = self._environments or Environments.for_exercise(spec.path)
        built = environments.require(name)
        found = environments.get(name)
        warm = (*found.warm, *(f"{PLUGIN_MARK}{plugin}" for plugin in found.plugins))
        return self._environment_lanes.get(built, self._mode, self._jobs_dir, warm)

    def _job_extra(
        self, environment: JobEnvironment, sealed: dict[str, Any] | None
    ) -> dict[str, Any]:
        return {
            "tz": environment.tz or next(self._zones),
            "sealed": sealed,
            "fail_fast": environment.fail_fast,
        }

    # -- reference runs -------------------------------------------------------------------

    def sealed_seeds(self, exercise_dir: Path) -> tuple[int, ...]:
        """The seeds an exercise's sealed cases rotate among; empty without a sealed set."""
        spec = _load(exercise_dir)
        if not (spec.path / SEALED_FILE).is_file():
            return ()
        return seeds_for(content_key(spec))

    def _reference(self, spec: ExerciseSpec, seed: int | None, lane: Lane) -> Reference | None:
        """The reference run for this content (and seed), cached; ``None`` without one."""
        if not spec.reference_files or not all(
            (spec.path / name).is_file() for name in spec.reference_files
        ):
            return None  # nothing to compare with: graded on its tests alone
        key = content_key(spec)
        if lane.runtime.environment is not None:  # a new lock may change what it observes
            key = f"{key}-{Path(lane.runtime.python).parent.parent.name}"
        sealed = (spec.path / SEALED_FILE).is_file()
        if sealed:
            choices = seeds_for(key)
            seed = seed if seed is not None else random.choice(choices)
            key = f"{key}-{seed}"
        else:
            seed = None
        found = self._references.get(key)
        if found is not None:
            return found
        with self._references.lock(key):
            found = self._references.get(key)
            if found is None:
                found = self._run_reference(spec, seed, lane)
                self._references.put(key, found)
        return found

    def _run_reference(self, spec: ExerciseSpec, seed: int | None, lane: Lane) -> Reference:
        try:
            files = {
                solution: (spec.path / reference).read_text(encoding="utf-8")
                for solution, reference in zip(
                    spec.solution_files, spec.reference_files, strict=False
                )
            }
        except (OSError, UnicodeDecodeError) as exc:
            message = f"{spec.slug}: its reference solution cannot be read: {exc}"
            raise ReferenceFailure(message) from exc
        sealed = None
        if seed is not None:
            sealed = {
                "mode": "reference",
                "module": SEALED_MODULE,
                "seed": seed,
                "solution": _solution_module(spec),
            }

        view = _sandbox.RUN_MOUNT if self.isolation is Isolation.bubblewrap else None
        extra_files = _sealed_files(spec, None) if sealed is not None else None

        def fill(run_dir: Path) -> list[str]:
            return build_workdir(
                run_dir, spec, files=files, job_view=view, grader_files=extra_files
            )

        started = time.perf_counter()
        try:
            with self._slots:
                extra = self._job_extra(JobEnvironment(), sealed)
                status, stream, run_dir = self._execute(fill, spec.limits, extra, lane=lane)
        except SubmissionError as exc:
            raise ReferenceFailure(f"{spec.slug}: its reference run cannot start: {exc}") from exc
        result = self._judge_run(spec, stream, status, run_dir, started)
        return reference_from_run(spec.slug, result, stream, seed)

    def _judge_run(
        self,
        spec: ExerciseSpec,
        stream: Stream,
        status: dict[str, Any] | None,
        run_dir: Path,
        started: float,
    ) -> GradeResult:
        """One job's result, judged on its own (no reference to compare with)."""
        return judge(
            stream,
            status,
            limits=spec.limits,
            slug=spec.slug,
            isolation=self.isolation,
            duration_ms=round((time.perf_counter() - started) * 1000, 3),
            workdirs=(str(run_dir), _sandbox.RUN_MOUNT, str(spec.path.resolve())),
        )

    def _execute(
        self,
        fill: Callable[[Path], list[str]],
        limits: Limits,
        extra: dict[str, Any] | None = None,
        *,
        lane: Lane,
    ) -> tuple[dict[str, Any] | None, Stream, Path]:
        """Run one job in a prepared sandbox; one whose processes are gone is replaced."""
        with lane.in_use():
            return self._execute_on(fill, limits, extra, lane)

    def _execute_on(
        self,
        fill: Callable[[Path], list[str]],
        limits: Limits,
        extra: dict[str, Any] | None,
        lane: Lane,
    ) -> tuple[dict[str, Any] | None, Stream, Path]:
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
                    status = self._status_of_failed_start(prepared)
                    if status is None:
                        server.ping()
                        continue
                    return status, decode_stream(b"", nonce), prepared.run_dir
                with contextlib.suppress(ForkServerError):
                    preparer.refill(server)
                data, status_bytes = self._collect(prepared, limits)
                status = decode_single(status_bytes)
                if status is None and not data and attempt + 1 < _ATTEMPTS:
                    server.ping()  # its processes were gone before the job reached them
                    continue
                return status, decode_stream(data, nonce), prepared.run_dir
            finally:
                self._dispose(prepared)
        raise GraderError("the grader's fork server failed: its jobs end before they start")

    @staticmethod
    def _status_of_failed_start(prepared: PreparedJob) -> dict[str, Any] | None:
        """Why a prepared job could not take its job: its report, if it wrote one."""
        data = bytearray()
        deadline = time.monotonic() + _GRACE_SECONDS
        while (remaining := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([prepared.status_r], [], [], remaining)
            chunk = os.read(prepared.status_r, 65536) if ready else b""
            if not chunk:
                break
            data += chunk
        status = decode_single(bytes(data))
        return status if status and status.get("setup_error") else None

    def _dispose(self, prepared: PreparedJob, *, wait: bool = False) -> None:
        """Close a job's channels and remove its run directory and cgroup."""
        prepared.close()
        _force_rmtree(prepared.run_dir)
        if prepared.cgroup is None or prepared.cgroup.try_remove():
            return
        if wait:
            prepared.cgroup.remove()
        else:
            self._remove_later(prepared.cgroup)

    def _remove_later(self, cgroup: _cgroup.JobCgroup) -> None:
        """A job's last processes may take a moment to die: never make the caller wait."""
        try:
            self._executor.submit(cgroup.remove)
        except RuntimeError:  # shutting down
            cgroup.remove()

    def _collect(self, prepared: PreparedJob, limits: Limits) -> tuple[bytes, bytes]:
        result_r, status_r = prepared.result_r, prepared.status_r
        deadline = time.monotonic() + limits.wall_seconds + _GRACE_SECONDS
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
                    deadline = time.monotonic() + _GRACE_SECONDS
                    continue
                for key, _ in selector.select(timeout=remaining):
                    chunk = os.read(key.fd, 65536)
                    buffer = buffers[key.fd]
                    if not chunk or len(buffer) > MAX_STREAM:
                        selector.unregister(key.fd)
                        continue
                    buffer += chunk
                    if key.fd == status_r and record_complete(buffer):
                        # Written once the job's processes are gone: what they wrote on
                        # the result channel is all there; the supervisor's own exit is
                        # not worth waiting for.
                        selector.unregister(status_r)
                        last_chance = True
                        deadline = min(deadline, time.monotonic() + _GRACE_SECONDS)
        return bytes(buffers[result_r]), bytes(buffers[status_r])


def _solution_module(spec: ExerciseSpec) -> str:
    """The importable name of the first solution file (``pkg/mod.py`` -> ``pkg.mod``)."""
    return PurePosixPath(spec.solution_files[0]).with_suffix("").as_posix().replace("/", ".")


def _sealed_files(spec: ExerciseSpec, cases: tuple[dict[str, Any], ...] | None) -> dict[str, bytes]:
    """The sealed module and, for a learner's job, the encoded inputs (never the answers)."""
    files = {SEALED_MODULE: (spec.path / SEALED_FILE).read_bytes()}
    if cases is not None:
        files[SEALED_CASES] = json.dumps(list(cases)).encode()
    return files


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
