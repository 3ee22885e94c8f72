"""Grade a workspace exercise through a warm Grader and record the verdict."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pyhero.progress import AttemptRecord, NewAttempt, Status, TestSummary
from pyhero.workspace._layout import Workspace, WorkspaceError

if TYPE_CHECKING:
    from pyhero.grading import Grader, GradeResult, TestResult
    from pyhero.progress import ProgressStore

__all__ = [
    "CheckOutcome",
    "Checker",
    "Comparison",
    "Skipped",
    "compare",
    "first_failure",
    "grade_submission",
    "to_attempt",
]


@dataclass(frozen=True)
class CheckOutcome:
    exercise: str
    result: GradeResult
    attempt: AttemptRecord
    newly_done: bool

    @property
    def passed(self) -> bool:
        return self.result.passed


@dataclass(frozen=True)
class Skipped:
    """An exercise ``check_many`` could not grade, and why."""

    exercise: str
    reason: str


@dataclass(frozen=True)
class Comparison:
    expected: str
    actual: str


_PYTEST_EQ = re.compile(r"^(?:AssertionError: )?assert (.+) == (.+)$")
_UNITTEST_NE = re.compile(r"^(?:AssertionError: )?(.+?) != (.+)$")


def compare(message: str | None) -> Comparison | None:
    """Expected vs actual from an equality assertion message (``assert actual == expected``
    for pytest, ``actual != expected`` for unittest's assertEqual), when there is one."""
    if not message:
        return None
    first = message.strip().splitlines()[0]
    for pattern in (_PYTEST_EQ, _UNITTEST_NE):
        match = pattern.match(first)
        if match:
            return Comparison(actual=match.group(1).strip(), expected=match.group(2).strip())
    return None


def first_failure(result: GradeResult) -> TestResult | None:
    return next((test for test in result.tests if test.status != "pass"), None)


def to_attempt(result: GradeResult, exercise: str, code: dict[str, str]) -> NewAttempt:
    return NewAttempt(
        exercise=exercise,
        verdict=result.verdict.value,
        tests=tuple(
            TestSummary(name=test.name, status=test.status, message=test.message)
            for test in result.tests
        ),
        duration_ms=max(result.duration_ms, 0.0),
        code=code,
        isolation=result.isolation,
        message=result.message,
    )


def grade_submission(
    grader: Grader, exercise_dir: Path, slug: str, files: Mapping[str, str]
) -> tuple[GradeResult, NewAttempt]:
    """Grade solution files against the exercise's trusted directory, and the attempt to
    record: the one grading function of the terminal, the single-learner web app and the
    team server's Celery workers (only who calls it differs)."""
    result = grader.grade_files(exercise_dir, files)
    return result, to_attempt(result, slug, dict(files))


class Checker:
    """Grades the learner's files and records every attempt for ``learner``."""

    def __init__(
        self, workspace: Workspace, store: ProgressStore, learner: str, grader: Grader
    ) -> None:
        self.workspace = workspace
        self.store = store
        self.learner = learner
        self.grader = grader
        self._done: set[str] | None = None  # exercises known done, read once (watch mode)

    def _known_done(self) -> set[str]:
        if self._done is None:
            statuses = self.store.statuses(self.learner)
            self._done = {slug for slug, status in statuses.items() if status is Status.DONE}
        return self._done

    def check(self, slug: str) -> CheckOutcome:
        exercise = self.workspace.exercise(slug)
        code = self.workspace.solution_files(slug)
        done = self._known_done()
        result, new = grade_submission(self.grader, exercise.spec.path, slug, code)
        attempt = self.store.record_attempt(self.learner, new)
        newly_done = result.passed and slug not in done
        if result.passed:
            done.add(slug)
        return CheckOutcome(slug, result, attempt, newly_done)

    def check_many(
        self,
        slugs: Sequence[str],
        workers: int,
        on_done: Callable[[CheckOutcome | Skipped], None] | None = None,
    ) -> list[CheckOutcome | Skipped]:
        """Grade in parallel (the grader is thread-safe); results in ``slugs`` order.

        An exercise that cannot be graded (say its file is missing) is reported as
        :class:`Skipped` instead of stopping the others.
        """

        def one(slug: str) -> CheckOutcome | Skipped:
            outcome: CheckOutcome | Skipped
            try:
                outcome = self.check(slug)
            except WorkspaceError as exc:
                outcome = Skipped(slug, str(exc))
            if on_done is not None:
                on_done(outcome)
            return outcome

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            return list(pool.map(one, slugs))

    def verify(self, record: AttemptRecord) -> str | None:
        """Re-grade an imported attempt's code; None when the exercise is unknown here."""
        exercise = self.workspace.curriculum.exercises.get(record.exercise)
        if exercise is None:
            return None
        return self.grader.grade_files(exercise.spec.path, record.code).verdict.value
