"""The JSON API's request and response bodies (they are the OpenAPI schema)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from pyhero.curriculum import CurriculumStats, Level, Resource
from pyhero.grading import GradeResult

__all__ = [
    "AttemptOut",
    "Completion",
    "CurriculumOut",
    "DayActivity",
    "DraftIn",
    "DraftOut",
    "ErrorOut",
    "ExerciseDetail",
    "ExerciseSummary",
    "FailedExercise",
    "HintOut",
    "ProgressOut",
    "SectionOut",
    "SubmitIn",
    "SubmitOut",
    "TestOut",
    "TopicDetail",
    "TopicSummary",
]

ExerciseStatus = Literal["pending", "attempted", "done"]
TopicStatus = Literal["pending", "attempted", "done", "none"]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class ErrorOut(_Out):
    """The body of every 4xx/5xx answer other than 422."""

    detail: str


class SectionOut(_Out):
    slug: str
    title: str
    summary: str
    order: int
    topics: list[str]


class CurriculumOut(_Out):
    sections: list[SectionOut]
    stats: CurriculumStats


class TopicSummary(_Out):
    slug: str
    title: str
    section: str
    level: Level
    status: TopicStatus = Field(description="derived from the topic's exercises")
    prerequisites: list[str]
    exercises: list[str]


class ExerciseSummary(_Out):
    slug: str
    title: str
    topic: str
    difficulty: int
    status: ExerciseStatus


class TopicDetail(TopicSummary):
    summary: str
    key_points: list[str]
    resources: list[Resource]
    dependents: list[str]
    exercise_details: list[ExerciseSummary]


class ExerciseDetail(ExerciseSummary):
    blurb: str
    instructions_markdown: str
    instructions_html: str = Field(description="rendered from markdown; raw HTML is escaped")
    solution_files: list[str]
    hints_total: int
    hints: list[str] = Field(description="the hints revealed so far, in order")
    code: dict[str, str] = Field(description="what the editor opens with")
    code_source: Literal["draft", "workspace", "attempt", "starter"]
    base: str | None = Field(description="hash of the workspace files the code started from")
    conflict: bool = Field(description="the workspace files changed since the draft started")
    workspace_code: dict[str, str] | None
    read_only_files: dict[str, str] = Field(
        default_factory=dict,
        description="files the learner reads but does not edit: a write-the-tests exercise's "
        "module under test",
    )


class TestOut(_Out):
    __test__ = False

    name: str
    status: Literal["pass", "fail", "error"]
    message: str | None = None


class AttemptOut(_Out):
    uid: str
    exercise: str
    created_at: datetime
    verdict: str
    tests_passed: int
    tests_total: int
    duration_ms: float
    isolation: str
    message: str | None
    tests: list[TestOut]


_MAX_FILES = 16


def _encodable(text: str) -> str:
    """JSON strings can hold lone surrogates (``"\\ud800"``), which no file can store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"not valid Unicode: a lone surrogate (U+{ord(text[exc.start]):04X}) "
            f"at character {exc.start}"
        ) from None
    return text


UnicodeText = Annotated[str, AfterValidator(_encodable)]


class SubmitIn(BaseModel):
    """Either ``code`` (the exercise's only solution file) or ``files`` by file name."""

    model_config = ConfigDict(extra="forbid")

    code: UnicodeText | None = Field(default=None, description="text of the single solution file")
    files: dict[UnicodeText, UnicodeText] | None = Field(
        default=None, max_length=_MAX_FILES, description="solution file name -> text"
    )
    base: UnicodeText | None = Field(
        default=None,
        max_length=64,
        description="hash of the workspace files the editor started from (kept with the draft)",
    )


class SubmitOut(_Out):
    result: GradeResult
    attempt: AttemptOut
    status: ExerciseStatus


class DraftIn(SubmitIn):
    pass


class DraftOut(_Out):
    saved_at: datetime
    conflict: bool


class HintOut(_Out):
    number: int = Field(description="1-based number of the hint; 0 when there are none")
    total: int
    text: str | None
    html: str | None


class Completion(_Out):
    key: str
    label: str
    done: int
    attempted: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.done / self.total if self.total else 0.0


class DayActivity(_Out):
    day: date
    attempts: int
    passed: int


class FailedExercise(_Out):
    exercise: str
    title: str
    verdict: str
    at: datetime
    tests_passed: int
    tests_total: int


class ProgressOut(_Out):
    learner: str
    exercises_done: int
    exercises_total: int
    topics_done: int
    topics_with_exercises: int
    attempts: int
    streak_days: int
    active_days: int
    time_spent_minutes: float
    sections: list[Completion]
    levels: list[Completion]
    days: list[DayActivity]
    recent_failures: list[FailedExercise]
