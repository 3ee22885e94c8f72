"""The reference solution's runs, one per content, environment lock and sealed seed: made
once, cached, and shared by every grading of that exercise."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from pyhero.exercise import ExerciseSpec
from pyhero.grading._lanes import Lane
from pyhero.grading._protocol import Stream
from pyhero.grading._reference import (
    SEALED_CASES,
    SEALED_FILE,
    SEALED_MODULE,
    Reference,
    ReferenceCache,
    content_key,
    seeds_for,
)
from pyhero.grading._results import GradeResult
from pyhero.grading._sealed_verdict import ReferenceFailure, reference_from_run
from pyhero.grading._workdir import SubmissionError, build_workdir

__all__ = ["ReferenceJob", "ReferenceRuns", "sealed_files", "solution_module"]

ReferenceJob = Callable[
    [ExerciseSpec, Callable[[Path], list[str]], dict[str, Any] | None, Lane],
    tuple[GradeResult, Stream],
]
"""Runs one job (spec, fill, sealed entry, lane) and judges it on its own."""


def solution_module(spec: ExerciseSpec) -> str:
    """The importable name of the first solution file (``pkg/mod.py`` -> ``pkg.mod``)."""
    return PurePosixPath(spec.solution_files[0]).with_suffix("").as_posix().replace("/", ".")


def sealed_files(spec: ExerciseSpec, cases: tuple[dict[str, Any], ...] | None) -> dict[str, bytes]:
    """The sealed module and, for a learner's job, the encoded inputs (never the answers)."""
    files = {SEALED_MODULE: (spec.path / SEALED_FILE).read_bytes()}
    if cases is not None:
        files[SEALED_CASES] = json.dumps(list(cases)).encode()
    return files


class ReferenceRuns:
    """Reference runs from ``cache``, or made through ``run_job`` (run directories seen
    by the job at ``job_view``)."""

    def __init__(self, cache: ReferenceCache, run_job: ReferenceJob, job_view: str | None) -> None:
        self._cache = cache
        self._run_job = run_job
        self._job_view = job_view

    def get(self, spec: ExerciseSpec, seed: int | None, lane: Lane) -> Reference | None:
        """The reference run for this content (and seed, random when ``None``), cached;
        ``None`` without a reference solution."""
        if not spec.reference_files or not all(
            (spec.path / name).is_file() for name in spec.reference_files
        ):
            return None  # nothing to compare with: graded on its tests alone
        key = content_key(spec)
        if lane.runtime.environment is not None:  # a new lock may change what it observes
            key = f"{key}-{Path(lane.runtime.python).parent.parent.name}"
        if (spec.path / SEALED_FILE).is_file():
            seed = seed if seed is not None else random.choice(seeds_for(key))
            key = f"{key}-{seed}"
        else:
            seed = None
        found = self._cache.get(key)
        if found is not None:
            return found
        with self._cache.lock(key):
            found = self._cache.get(key)
            if found is None:
                found = self._run(spec, seed, lane)
                self._cache.put(key, found)
        return found

    def _run(self, spec: ExerciseSpec, seed: int | None, lane: Lane) -> Reference:
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
                "solution": solution_module(spec),
            }
        extra_files = sealed_files(spec, None) if sealed is not None else None

        def fill(run_dir: Path) -> list[str]:
            return build_workdir(
                run_dir, spec, files=files, job_view=self._job_view, grader_files=extra_files
            )

        try:
            result, stream = self._run_job(spec, fill, sealed, lane)
        except SubmissionError as exc:
            raise ReferenceFailure(f"{spec.slug}: its reference run cannot start: {exc}") from exc
        return reference_from_run(spec.slug, result, stream, seed)
