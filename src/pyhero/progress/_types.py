"""Plain data the store takes and returns (no ORM objects leave the store)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "VERDICTS",
    "AttemptRecord",
    "ExerciseProgress",
    "HintRecord",
    "ImportReport",
    "NewAttempt",
    "Status",
    "TestSummary",
    "code_hash",
]

VERDICTS = (
    "passed",
    "failed",
    "error",
    "timeout",
    "memory_limit",
    "output_limit",
    "crashed",
    "tampered",
)
Verdict = Literal[
    "passed", "failed", "error", "timeout", "memory_limit", "output_limit", "crashed", "tampered"
]


class Status(StrEnum):
    """An exercise's status, derived only from recorded grader verdicts."""

    PENDING = "pending"
    ATTEMPTED = "attempted"
    DONE = "done"


def code_hash(code: dict[str, str]) -> str:
    """SHA-256 of the solution files (names and texts), independent of their order."""
    canonical = json.dumps(code, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TestSummary(_Frozen):
    """One test's outcome as kept in the store (the full report stays with the grader)."""

    __test__ = False  # not a pytest test class

    name: str = Field(min_length=1)
    status: Literal["pass", "fail", "error"]
    message: str | None = None


class NewAttempt(_Frozen):
    """A grading result about to be recorded."""

    exercise: str = Field(min_length=1, max_length=200)
    verdict: Verdict
    tests: tuple[TestSummary, ...] = ()
    duration_ms: float = Field(ge=0)
    code: dict[str, str]
    isolation: str = Field(min_length=1, max_length=32)
    message: str | None = None

    @property
    def passed(self) -> bool:
        return self.verdict == "passed"

    @property
    def tests_passed(self) -> int:
        return sum(test.status == "pass" for test in self.tests)


class AttemptRecord(NewAttempt):
    """A recorded attempt; ``uid`` identifies it across exports and imports."""

    uid: str = Field(min_length=8, max_length=36)
    created_at: AwareDatetime
    code_hash: str = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _hash_matches_code(self) -> AttemptRecord:
        if code_hash(self.code) != self.code_hash:
            raise ValueError("code_hash does not match code")
        return self


class HintRecord(_Frozen):
    exercise: str = Field(min_length=1, max_length=200)
    number: int = Field(ge=1)
    created_at: AwareDatetime


class ExerciseProgress(_Frozen):
    """What the store knows about one exercise of one learner."""

    exercise: str
    status: Status
    attempts: int
    hints_used: int
    last_attempt_at: datetime | None
    done_at: datetime | None


class ImportReport(_Frozen):
    added_attempts: int
    added_hints: int
    skipped: int
    rejected: tuple[str, ...] = ()
    added_reading: int = 0
    """Read marks and quiz results added."""
    added_reviews: int = 0
    """Review cards and finished reviews added (or cards brought up to date)."""
