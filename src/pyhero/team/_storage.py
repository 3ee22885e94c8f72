"""Drafts and full results in the database: a team server keeps no files per learner."""

from __future__ import annotations

from pydantic import ValidationError

from pyhero.grading import GradeResult
from pyhero.progress import TeamStore
from pyhero.web import Draft

__all__ = ["DatabaseDrafts", "DatabaseResults"]


class DatabaseDrafts:
    """The browser copies of the code, per learner and exercise."""

    def __init__(self, store: TeamStore) -> None:
        self.store = store

    def load(self, learner: str, exercise: str) -> Draft | None:
        found = self.store.jobs.draft(learner, exercise)
        if found is None:
            return None
        return Draft(files=found.files, base=found.base, saved_at=found.saved_at)

    def save(self, learner: str, exercise: str, files: dict[str, str], base: str | None) -> Draft:
        kept = self.store.jobs.save_draft(learner, exercise, files, base)
        return Draft(files=kept.files, base=kept.base, saved_at=kept.saved_at)

    def discard(self, learner: str, exercise: str) -> None:
        self.store.jobs.discard_draft(learner, exercise)


class DatabaseResults:
    """The grader's full result of an attempt, as its worker recorded it with the job."""

    def __init__(self, store: TeamStore) -> None:
        self.store = store

    def save(self, learner: str, exercise: str, attempt: str, result: GradeResult) -> bool:
        return True  # the worker stored it with the job already

    def load(self, learner: str, exercise: str, attempt: str) -> GradeResult | None:
        found = self.store.jobs.result_of(learner, attempt)
        if found is None:
            return None
        try:
            return GradeResult.model_validate(found)
        except ValidationError:
            return None
