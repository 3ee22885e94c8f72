"""The results panel's view of a test run: a summary in words, tests grouped by task.

Built from the grader's full result right after a run, or from a stored attempt (which
keeps each test's name, status and message only) when that is all there is. Tests with a
status this module does not know are shown as they come; only passes (and skips) count as
"not a failure" for the "failures only" filter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pyhero.grading import GradeResult
from pyhero.progress import AttemptRecord

__all__ = ["VERDICT_LABELS", "ResultsView", "TaskGroup", "TestView", "clean_message", "view_of"]

VERDICT_LABELS = {
    "passed": "All tests pass",
    "failed": "Some tests fail",
    "error": "The code did not run",
    "timeout": "Time limit reached",
    "memory_limit": "Memory limit reached",
    "output_limit": "Too much output",
    "crashed": "The test run crashed",
    "tampered": "The test run was tampered with",
}

_NOTHING_RAN = {
    "error": "No test ran: Python stopped before the tests could start (the error is below).",
    "timeout": "No test finished within the time limit.",
    "memory_limit": "No test finished within the memory limit.",
    "output_limit": "No test finished: the code printed too much.",
    "crashed": "No test finished: the test run crashed.",
    "tampered": "No test result can be trusted: the test run was tampered with.",
}

_NOT_FAILURES = frozenset({"pass", "skip", "skipped"})
_PYTEST_VERBOSITY_HINT = re.compile(r"^\s*Use -v to get (more|the full) diff\s*$", re.MULTILINE)


def clean_message(message: str | None) -> str | None:
    """The message without pytest's advice to rerun with ``-v`` (the learner cannot)."""
    if message is None:
        return None
    cleaned = _PYTEST_VERBOSITY_HINT.sub("", message).rstrip()
    return cleaned or None


@dataclass(frozen=True, slots=True)
class TestView:
    __test__ = False  # not a pytest test class

    name: str
    status: str
    message: str | None
    output: str | None
    test_code: str | None

    @property
    def failure(self) -> bool:
        return self.status not in _NOT_FAILURES


@dataclass(frozen=True, slots=True)
class TaskGroup:
    """Tests of one task (``task_id``); ``task_id`` None holds the tests of no task."""

    task_id: int | None
    tests: tuple[TestView, ...]

    @property
    def passed(self) -> int:
        return sum(t.status == "pass" for t in self.tests)

    @property
    def failures(self) -> int:
        return sum(t.failure for t in self.tests)


@dataclass(frozen=True, slots=True)
class ResultsView:
    verdict: str
    label: str
    summary: str
    message: str | None
    groups: tuple[TaskGroup, ...]
    duration_ms: float
    at: datetime | None
    detailed: bool
    """False when built from a stored attempt: no output or test code to show."""

    @property
    def tests(self) -> list[TestView]:
        return [test for group in self.groups for test in group.tests]

    @property
    def by_task(self) -> bool:
        return any(group.task_id is not None for group in self.groups)

    @property
    def first_failing(self) -> str | None:
        return next((t.name for t in self.tests if t.failure), None)


def _groups(tests: Sequence[tuple[TestView, int | None]]) -> tuple[TaskGroup, ...]:
    tasks: dict[int | None, list[TestView]] = {}
    for test, task in tests:
        tasks.setdefault(task, []).append(test)
    order: list[int | None] = [*sorted(t for t in tasks if t is not None)]
    if None in tasks:
        order.append(None)
    return tuple(TaskGroup(task, tuple(tasks[task])) for task in order)


def _summary(verdict: str, tests: Sequence[TestView]) -> str:
    if not tests:
        return _NOTHING_RAN.get(verdict, "No test ran: the test file has no tests.")
    passed = sum(t.status == "pass" for t in tests)
    noun = "test" if len(tests) == 1 else "tests"
    return f"{passed} of {len(tests)} {noun} passed"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def view_of(run: GradeResult | AttemptRecord, at: datetime | None = None) -> ResultsView:
    """The panel's view of a grading result or of a stored attempt, run ``at`` that time."""
    detailed = isinstance(run, GradeResult)
    verdict = run.verdict.value if isinstance(run, GradeResult) else str(run.verdict)
    tests = [
        (
            TestView(
                name=t.name,
                status=str(t.status),
                message=clean_message(t.message),
                output=_text(getattr(t, "output", None)),
                test_code=_text(getattr(t, "test_code", None)),
            ),
            getattr(t, "task_id", None),
        )
        for t in run.tests
    ]
    views = [view for view, _ in tests]
    summary = _summary(verdict, views)
    bugs = getattr(run, "bugs", None)
    if bugs is not None and bugs.judged:
        summary += f" · bugs caught {bugs.caught} of {bugs.total}"
    return ResultsView(
        verdict=verdict,
        label=VERDICT_LABELS.get(verdict, verdict.replace("_", " ").capitalize()),
        summary=summary,
        message=clean_message(run.message),
        groups=_groups(tests),
        duration_ms=run.duration_ms,
        at=at if at is not None else getattr(run, "created_at", None),
        detailed=detailed,
    )
