"""What a server mode can replace in the app: who is learning, how code is graded, where
drafts and full results are kept, and extra panels and routes.

The single-learner app is the default (:class:`LocalGrading`, drafts and results as files
in the workspace, the ``learner`` setting). The team server (``pyhero.team``) passes its own
:class:`ServerMode` to :func:`pyhero.web.create_app`; this package never imports it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from markupsafe import Markup

from pyhero.config import Settings
from pyhero.curriculum import Curriculum, Exercise
from pyhero.grading import Grader, GradeResult
from pyhero.progress import AttemptRecord, ProgressStore
from pyhero.workspace import grade_submission

if TYPE_CHECKING:
    from pyhero.web._drafts import Draft

__all__ = [
    "Drafts",
    "ExercisePanel",
    "Graded",
    "Grading",
    "LearnerOf",
    "LocalGrading",
    "ModeServices",
    "Results",
    "ServerMode",
]

LearnerOf = Callable[[Request], Awaitable[str]]
"""The learner of a request (raises an HTTP error when there is none)."""

ExercisePanel = Callable[[str, Exercise], Markup]
"""Extra HTML for the exercise page of a learner (the team server's code review)."""


@dataclass(frozen=True, slots=True)
class Graded:
    """A graded submission: the grader's full result and the attempt recorded for it."""

    result: GradeResult
    attempt: AttemptRecord


class Grading(Protocol):
    async def grade(self, learner: str, exercise: Exercise, files: dict[str, str]) -> Graded:
        """Grade ``files`` and record the attempt; returns when the verdict is in."""
        ...


class Drafts(Protocol):
    def load(self, learner: str, exercise: str) -> Draft | None: ...

    def save(
        self, learner: str, exercise: str, files: dict[str, str], base: str | None
    ) -> Draft: ...

    def discard(self, learner: str, exercise: str) -> None: ...


class Results(Protocol):
    def save(self, learner: str, exercise: str, attempt: str, result: GradeResult) -> bool: ...

    def load(self, learner: str, exercise: str, attempt: str) -> GradeResult | None: ...


@dataclass(frozen=True)
class ModeServices:
    """What a mode provides for the app's lifetime."""

    grading: Grading
    drafts: Drafts
    results: Results
    learner_of: LearnerOf
    exercise_panel: ExercisePanel | None = None


class ServerMode(Protocol):
    def install(self, app: FastAPI, settings: Settings) -> None:
        """Add routes and ASGI layers (inside the app's security layers, which wrap them)."""
        ...

    def start(
        self, app: FastAPI, settings: Settings, curriculum: Curriculum, store: ProgressStore
    ) -> AbstractAsyncContextManager[ModeServices]:
        """The mode's services while the app runs."""
        ...


class LocalGrading:
    """Grades in this process through the warm grader, off the event loop, at most
    ``slots`` at a time, and keeps the full result for reloads."""

    def __init__(
        self,
        grader: Grader,
        store: ProgressStore,
        results: Results,
        slots: anyio.CapacityLimiter,
    ) -> None:
        self.grader = grader
        self.store = store
        self.results = results
        self.slots = slots

    async def grade(self, learner: str, exercise: Exercise, files: dict[str, str]) -> Graded:
        grade = partial(grade_submission, self.grader, exercise.spec.path, exercise.slug, files)
        result, new = await anyio.to_thread.run_sync(grade, limiter=self.slots)
        record = await anyio.to_thread.run_sync(self.store.record_attempt, learner, new)
        keep = partial(self.results.save, learner, exercise.slug, record.uid, result)
        await anyio.to_thread.run_sync(keep)
        return Graded(result, record)
