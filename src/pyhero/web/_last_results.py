"""The full result of each exercise's latest run, so a reload still shows it.

The store keeps every attempt with each test's name, status and message; the grader's
result also has each test's task, output and code. The latest one is kept here, beside the
drafts, tagged with its attempt: it is shown only while that attempt is still the latest
(a later run from the terminal shows from the store instead).
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ValidationError

from pyhero.grading import GradeResult
from pyhero.web._drafts import LearnerFiles, atomic_write
from pyhero.workspace import Workspace

__all__ = ["LastResults"]


class _Stored(BaseModel):
    attempt: str
    result: GradeResult


class LastResults:
    """One kept result per learner and exercise (see :class:`LearnerFiles`)."""

    def __init__(self, workspace: Workspace, elsewhere: Path) -> None:
        self.files = LearnerFiles(workspace, elsewhere, "results")

    def save(self, learner: str, exercise: str, attempt: str, result: GradeResult) -> bool:
        """Keep ``result`` as ``attempt``'s; False when the file system refuses (then the
        page shows the attempt as the store has it: the attempt itself is recorded)."""
        stored = _Stored(attempt=attempt, result=result)
        try:
            atomic_write(self.files.path(learner, exercise), stored.model_dump_json())
        except OSError:
            return False
        return True

    def load(self, learner: str, exercise: str, attempt: str) -> GradeResult | None:
        """The result of ``attempt`` if it is the one kept; None otherwise."""
        try:
            raw = self.files.read(learner, exercise)
            stored = _Stored.model_validate(json.loads(raw))
        except (OSError, ValueError, ValidationError):
            return None
        return stored.result if stored.attempt == attempt else None
