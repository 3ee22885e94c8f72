"""The YAML input schema of one section file, and readable messages for its errors."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pyhero.curriculum._models import Level, NonEmpty, QuizQuestion, Resource, Slug

__all__ = ["SectionIn", "TopicIn", "describe_errors"]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SectionIn(_In):
    slug: Slug
    title: NonEmpty
    summary: NonEmpty


class TopicIn(_In):
    slug: Slug
    title: NonEmpty
    level: Level
    summary: NonEmpty
    key_points: list[NonEmpty] = Field(default_factory=list)
    quiz: list[QuizQuestion] = Field(default_factory=list, max_length=10)
    prerequisites: list[Slug] = Field(default_factory=list)
    resources: list[Resource] = Field(default_factory=list)
    reviewed: date | None = None
    exercise_order: list[Slug] = Field(default_factory=list)


_ALLOWED = {
    "section": sorted(SectionIn.model_fields),
    "topic": sorted(TopicIn.model_fields),
    "resource": sorted(Resource.model_fields),
    "quiz": sorted(QuizQuestion.model_fields),
}


def _format_loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out.lstrip(".")


def _message(item: Any, model: str) -> str:
    kind = item["type"]
    loc = item["loc"]
    if kind == "missing":
        return "missing required field"
    if kind == "extra_forbidden":
        owner = "resource" if "resources" in loc else "quiz" if "quiz" in loc else model
        return f"unknown field (allowed: {', '.join(_ALLOWED[owner])})"
    if kind == "enum":
        field = "kind" if loc and loc[-1] == "kind" else "level"
        expected = item.get("ctx", {}).get("expected", "")
        return f"unknown {field} {item['input']!r}: expected {expected}"
    message = str(item["msg"])
    return message.removeprefix("Value error, ")


def describe_errors(error: ValidationError, prefix: str, model: str) -> list[tuple[str, str]]:
    """``(location, message)`` for each error; ``prefix`` names the object that failed."""
    out: list[tuple[str, str]] = []
    for item in error.errors():
        loc = _format_loc(tuple(item["loc"]))
        location = f"{prefix}.{loc}" if loc else prefix
        out.append((location, _message(item, model)))
    return out
