"""The curriculum's public data types: immutable, already validated."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from pyhero.exercise import ExerciseSpec

__all__ = [
    "CurriculumStats",
    "Exercise",
    "Level",
    "NonEmpty",
    "QuizQuestion",
    "Resource",
    "ResourceKind",
    "SearchHit",
    "Section",
    "Slug",
    "Topic",
]


_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _non_empty(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _kebab(value: str) -> str:
    if not _KEBAB.fullmatch(value):
        raise ValueError(f"{value!r} is not a kebab-case slug (a-z, 0-9 and single '-')")
    return value


NonEmpty = Annotated[str, AfterValidator(_non_empty)]
Slug = Annotated[str, AfterValidator(_kebab)]


_URL = re.compile(
    r"https?://(?:[^\s/?#@]+@)?"  # scheme, optional user info
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"|\[[0-9A-Fa-f:.]+\])"  # host name, or an IPv6 literal
    r"(?::[0-9]{1,5})?(?:[/?#]\S*)?"  # port, path, query, fragment
)


def check_url(url: str) -> str:
    """Return ``url`` if it is an http(s) URL with a host, else raise ``ValueError``."""
    if not _URL.fullmatch(url):
        raise ValueError(f"malformed URL {url!r}: must be http(s) with a host and no spaces")
    return url


class Level(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"
    SENIOR = "senior"

    @property
    def rank(self) -> int:
        """0 for beginner up to 3 for senior: a prerequisite's rank may not exceed its topic's."""
        return list(Level).index(self)


class ResourceKind(StrEnum):
    DOCS = "docs"
    ARTICLE = "article"
    VIDEO = "video"
    LIBRARY = "library"
    TOOL = "tool"
    BOOK = "book"
    COURSE = "course"
    IMAGE = "image"
    OTHER = "other"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Resource(_Frozen):
    """One reading resource (a URL) attached to a topic.

    ``supersedes`` names the URL of an outdated resource of the same topic that this one is
    the current page for; ``dead`` says why the link is known to be dead (the link checker
    then reports it without fetching it); ``replacement`` is a URL to offer instead.
    """

    url: str
    title: NonEmpty
    kind: ResourceKind
    credit: str | None = None
    note: str | None = None
    supersedes: str | None = None
    dead: NonEmpty | None = None
    replacement: str | None = None

    @field_validator("url", "supersedes", "replacement")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value)

    @property
    def current(self) -> bool:
        """True when this resource is the current page for an outdated one."""
        return self.supersedes is not None


class QuizQuestion(_Frozen):
    """One multiple-choice question of a topic's self-check quiz; ``answer`` is the index of
    the right choice (0-based), ``explanation`` says why, shown once answered."""

    question: NonEmpty
    choices: tuple[NonEmpty, ...] = Field(min_length=2, max_length=6)
    answer: int = Field(ge=0)
    explanation: NonEmpty

    @model_validator(mode="after")
    def _answer_is_a_choice(self) -> QuizQuestion:
        if self.answer >= len(self.choices):
            raise ValueError(f"answer {self.answer} is not a choice (0 to {len(self.choices) - 1})")
        if len({choice.strip().casefold() for choice in self.choices}) != len(self.choices):
            raise ValueError("choices must differ from each other")
        return self


class Topic(_Frozen):
    """One node of the curriculum graph; ``index`` is its position in the reading index.

    ``quiz`` is a self-check for what no exercise can verify (recorded, never "done").

    ``exercise_order`` holds the exercise slugs its file lists: the order in which exercises
    of equal difficulty are taught (not necessarily all of the topic's exercises).
    """

    slug: str
    title: str
    section: str
    level: Level
    summary: str
    key_points: tuple[str, ...] = ()
    quiz: tuple[QuizQuestion, ...] = ()
    prerequisites: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()
    reviewed: date | None = None
    exercise_order: tuple[str, ...] = ()
    index: int
    file: Path


class Section(_Frozen):
    """One section file; ``order`` is the file's numeric prefix, ``topics`` its topic slugs."""

    slug: str
    title: str
    summary: str
    order: int
    topics: tuple[str, ...]
    file: Path


class Exercise(_Frozen):
    """An exercise placed in the curriculum: its topic and difficulty plus the full spec."""

    slug: str
    title: str
    topic: str
    difficulty: int
    spec: ExerciseSpec


class SearchHit(_Frozen):
    """One ranked search result: a topic, or a resource of ``topic``."""

    kind: Literal["topic", "resource"]
    topic: str
    title: str
    url: str | None
    score: float


class CurriculumStats(_Frozen):
    sections: int
    topics: int
    resources: int
    distinct_urls: int
    edges: int
    exercises: int
