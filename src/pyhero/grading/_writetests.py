"""The host's side of a write-the-tests grading: one job per implementation, then the verdict.

The learner's tests run once against the real module under test and once against each
hidden buggy implementation, each run a full sandboxed job of the grader (the same fork
server, limits and defences as every other job), concurrently.  The jobs are alike in all
but the code compiled into the module (see ``_writetests_job``): same run directory
contents, same time zone, same job message apart from that code.

The verdict is ``passed`` only when the tests pass against the real module, fail against
every hidden one, and meet the exercise's structural requirements and coverage threshold.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from pyhero.exercise import ExerciseSpec
from pyhero.grading._protocol import MAX_JOB_MESSAGE, Stream
from pyhero.grading._results import BugsSummary, GradeResult, TestResult, Verdict
from pyhero.grading._workdir import SubmissionError
from pyhero.writetests import WriteTestsKeys, bug_file, module_name, requirements

__all__ = ["Run", "RunJob", "grade_written_tests", "job_message", "run_against"]

Run = tuple[GradeResult, Stream]
RunJob = Callable[[dict[str, Any]], Run]
"""Runs one job whose message carries the given ``writetests`` entry; judged."""

_MAX_SOURCE = MAX_JOB_MESSAGE - 8192
_SHOWN_CATCHERS = 5


def _keys(spec: ExerciseSpec) -> WriteTestsKeys:
    keys = spec.pyhero.tests
    if keys is None:
        raise SubmissionError(f"{spec.slug} is not a write-the-tests exercise")
    return keys


def _read(spec: ExerciseSpec, relative: str) -> str:
    try:
        source = (spec.path / relative).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SubmissionError(f"{spec.slug}: {relative} cannot be read: {exc}") from exc
    if len(source.encode()) > _MAX_SOURCE:
        raise SubmissionError(f"{spec.slug}: {relative} is larger than {_MAX_SOURCE} bytes")
    return source


def job_message(spec: ExerciseSpec, source: str) -> dict[str, Any]:
    """The ``writetests`` entry of a job's message: the module and the code to compile as
    it.  Nothing in it says which implementation the code is."""
    keys = _keys(spec)
    return {
        "module": module_name(keys.module),
        "path": keys.module,
        "source": source,
        "conftest": "conftest.py" in spec.solution_files,
    }


def run_against(spec: ExerciseSpec, sources: Sequence[str], run: RunJob) -> list[Run]:
    """Run the learner's tests against each implementation source, concurrently (the
    grader's worker slots bound how many jobs run at once); results in the order given."""
    messages = [job_message(spec, source) for source in sources]
    order = list(range(len(messages)))
    random.shuffle(order)  # no job can tell its place from when it started
    with ThreadPoolExecutor(max_workers=max(1, len(order))) as pool:
        done = pool.map(lambda index: run(messages[index]), order)
        results = dict(zip(order, done, strict=True))
    return [results[index] for index in range(len(messages))]


def _caught_by(result: GradeResult) -> str:
    failing = [test.name for test in result.tests if test.status != "pass"]
    if not failing:
        return f"caught: the run ended with {result.verdict.value}"
    shown = ", ".join(failing[:_SHOWN_CATCHERS])
    more = len(failing) - _SHOWN_CATCHERS
    return f"caught by {shown}" + (f" and {more} more" if more > 0 else "")


def _bug_line(title: str, module: str, result: GradeResult, judged: bool) -> TestResult:
    name = f"bug: {title}"
    if not judged:
        return TestResult(
            name=name,
            status="fail",
            message=f"Not judged yet: your tests must first pass against the real {module}.",
        )
    if result.verdict is not Verdict.passed:
        return TestResult(name=name, status="pass", output=_caught_by(result))
    return TestResult(
        name=name,
        status="fail",
        message=(
            f"Every test passes against a version of {module} with this bug: {title}. "
            "Add a test that fails on it."
        ),
    )


def grade_written_tests(
    spec: ExerciseSpec, run: RunJob, duration_ms: Callable[[], float]
) -> GradeResult:
    """Grade a write-the-tests submission (see the module docs)."""
    keys = _keys(spec)
    real_source = _read(spec, keys.module)
    bugs = list(keys.bugs.items())
    sources = [real_source, *(_read(spec, bug_file(key)) for key, _ in bugs)]
    runs = run_against(spec, sources, run)
    (real, real_stream), bug_runs = runs[0], runs[1:]
    tampered = next((result for result, _ in runs if result.verdict is Verdict.tampered), None)
    if tampered is not None:
        return tampered.model_copy(update={"duration_ms": duration_ms()})
    judged = real.verdict is Verdict.passed
    caught = sum(result.verdict is not Verdict.passed for result, _ in bug_runs)
    lines = [
        _bug_line(title, keys.module, result, judged)
        for (_, title), (result, _) in zip(bugs, bug_runs, strict=True)
    ]
    found, coverage = requirements(
        keys,
        real_stream.writetests.get("collection"),
        real_stream.writetests.get("coverage"),
        real_source,
    )
    lines += [
        TestResult(
            name=f"requirement: {item.label}",
            status="pass" if item.passed else "fail",
            message=None if item.passed else item.message,
        )
        for item in found
    ]
    summary = BugsSummary(
        total=len(bugs),
        caught=caught,
        judged=judged,
        coverage=round(coverage, 1) if coverage is not None else None,
    )
    passed = judged and caught == len(bugs) and all(item.passed for item in found)
    verdict = Verdict.passed if passed else real.verdict if not judged else Verdict.failed
    message = f"Bugs caught: {caught if judged else 0}/{len(bugs)}"
    if not judged:
        message = f"Your tests must pass against {keys.module} first. {message}"
    return real.model_copy(
        update={
            "verdict": verdict,
            "status": {Verdict.passed: "pass", Verdict.failed: "fail"}.get(verdict, "error"),
            "message": "\n".join(filter(None, [real.message, message])),
            "tests": [*real.tests, *lines],
            "bugs": summary,
            "duration_ms": duration_ms(),
        }
    )


def implementation_path(spec: ExerciseSpec) -> Path:
    """The real module under test of a write-the-tests exercise."""
    return spec.path / _keys(spec).module
