"""The public :class:`Grader`: a warm fork server, a concurrency bound, timeouts and kills."""

from __future__ import annotations

import asyncio
import functools
import itertools
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal

from pyhero.environments import Environments, EnvironmentsError
from pyhero.exercise import ExerciseError, ExerciseSpec, Limits, load_exercise_spec
from pyhero.grading import _cgroup, _sandbox
from pyhero.grading._environment import TIME_ZONES, JobEnvironment
from pyhero.grading._execution import GraderError, JobRunner
from pyhero.grading._lanes import EnvironmentLanes, Lane
from pyhero.grading._prepared import Preparer
from pyhero.grading._protocol import (
    Stream,
)
from pyhero.grading._quality_verdict import quality_job
from pyhero.grading._reference import (
    SEALED_CASES,
    SEALED_FILE,
    SEALED_MODULE,
    ReferenceCache,
    content_key,
    seeds_for,
)
from pyhero.grading._reference_runs import ReferenceRuns, sealed_files, solution_module
from pyhero.grading._removal import remove_tree
from pyhero.grading._results import GradeResult, Isolation, Verdict
from pyhero.grading._runtime import DEFAULT_RUNTIME
from pyhero.grading._sealed_verdict import ReferenceFailure
from pyhero.grading._server import ForkServer, ForkServerError
from pyhero.grading._verdict import error_result, judge
from pyhero.grading._workdir import SubmissionError, build_workdir, read_solution
from pyhero.grading._writetests import Run, RunJob, grade_written_tests, run_against
from pyhero.grading._zygote import PLUGIN_MARK

__all__ = ["Grader"]

_ENVIRONMENT_IDLE_SECONDS = 300.0
_WARNED: set[str] = set()


def _jobs_parent() -> str | None:
    """Memory-backed ``/dev/shm`` when it is roomy (containers often give it 64 MB)."""
    shm = "/dev/shm"  # noqa: S108 - memory-backed, private mkdtemp below
    try:
        info = os.statvfs(shm)
    except OSError:
        return None
    roomy = info.f_bavail * info.f_frsize >= 1 << 30
    return shm if roomy and os.access(shm, os.W_OK | os.X_OK) else None


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
        self._runner = JobRunner(self._server_for_job, self._executor)
        self._dispose = self._runner.dispose
        self._cgroups = _cgroup.JobCgroups.create() if os.geteuid() == 0 else None
        self._default = Lane(DEFAULT_RUNTIME, self._new_preparer())
        self._environments = environments
        self._environment_lanes = EnvironmentLanes(
            self._new_preparer, self._dispose, environment_idle_seconds
        )
        self._zones = itertools.cycle(TIME_ZONES)
        self.isolation = self._start(isolation)
        view = _sandbox.RUN_MOUNT if self.isolation is Isolation.bubblewrap else None
        self._references = ReferenceRuns(ReferenceCache(cache_dir), self._reference_job, view)

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
            status, _, _ = self._runner.execute(lambda _run_dir: [], Limits(), lane=self._default)
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
        remove_tree(self._jobs_dir)

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
            reference = self._references.get(spec, environment.seed, lane)
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
                grader_files=sealed_files(spec, cases) if cases is not None else None,
            )

        sealed = None
        if reference is not None and reference.sealed:
            sealed = {
                "mode": "learner",
                "module": SEALED_MODULE,
                "cases": SEALED_CASES,
                "solution": solution_module(spec),
            }
        extra = self._job_extra(environment, sealed)
        quality = spec.pyhero.quality if checks else None
        if quality is not None:
            extra["quality"] = quality_job(quality, spec.solution_files)
        try:
            with self._slots:
                status, stream, run_dir = self._runner.execute(fill, spec.limits, extra, lane=lane)
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
            return self._run_judged(spec, fill, {**extra, "writetests": entry}, lane)

        return run

    def _reference_job(
        self,
        spec: ExerciseSpec,
        fill: Callable[[Path], list[str]],
        sealed: dict[str, Any] | None,
        lane: Lane,
    ) -> tuple[GradeResult, Stream]:
        return self._run_judged(spec, fill, self._job_extra(JobEnvironment(), sealed), lane)

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

    def _run_judged(
        self,
        spec: ExerciseSpec,
        fill: Callable[[Path], list[str]],
        extra: dict[str, Any],
        lane: Lane,
    ) -> tuple[GradeResult, Stream]:
        """Run one job within the concurrency bound and judge it on its own."""
        started = time.perf_counter()
        with self._slots:
            status, stream, run_dir = self._runner.execute(fill, spec.limits, extra, lane=lane)
        return self._judge_run(spec, stream, status, run_dir, started), stream

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
