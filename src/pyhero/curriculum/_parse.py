"""Reading one section file: YAML, then the per-file schema; problems are collected, not raised."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from pyhero.curriculum._problems import Problem
from pyhero.curriculum._schema import SectionIn, TopicIn, describe_errors
from pyhero.curriculum._yaml import load_yaml

__all__ = ["SectionFile", "TopicEntry", "parse_section_file"]

_FILE_NAME = re.compile(r"(\d+)-(.+)\.yaml")
_TOP_KEYS = ("section", "topics")
_SLUG_LINE = re.compile(r"^\s*-?\s*slug:\s*['\"]?([\w-]+)", re.MULTILINE)


@dataclass(slots=True)
class TopicEntry:
    """One item of a file's ``topics`` list; ``topic`` is None when it failed validation."""

    location: str
    slug: str | None
    topic: TopicIn | None


@dataclass(slots=True)
class SectionFile:
    path: Path
    order: int
    section: SectionIn | None = None
    entries: list[TopicEntry] = field(default_factory=list)
    salvaged: list[str] = field(default_factory=list)
    """Slugs found by a plain text scan of a file that is not valid YAML."""


def _read_yaml(path: Path, problems: list[Problem]) -> tuple[bool, Any]:
    """``(True, data)``, else ``(False, slugs salvaged from the text)``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(path, "file", f"cannot be read: {exc}"))
        return False, []
    try:
        return True, load_yaml(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        detail = " ".join(part for part in (exc.context, exc.problem) if part)
        label = (
            "YAML error"
            if isinstance(exc, yaml.constructor.ConstructorError)
            else "YAML syntax error"
        )
        problems.append(Problem(path, where, f"{label}: {detail or exc}"))
    except yaml.YAMLError as exc:
        problems.append(Problem(path, "YAML", f"YAML error: {exc}"))
    return False, _SLUG_LINE.findall(text)


def _parse_section(path: Path, raw: Any, problems: list[Problem]) -> SectionIn | None:
    if raw is None:
        problems.append(Problem(path, "section", "missing required field"))
        return None
    try:
        return SectionIn.model_validate(raw)
    except ValidationError as exc:
        problems += [
            Problem(path, loc, msg) for loc, msg in describe_errors(exc, "section", "section")
        ]
        return None


def _parse_topics(path: Path, raw: Any, problems: list[Problem]) -> list[TopicEntry]:
    if raw is None or raw == []:
        problems.append(Problem(path, "topics", "the section has no topics"))
        return []
    if not isinstance(raw, list):
        problems.append(Problem(path, "topics", "must be a list of topics"))
        return []
    entries: list[TopicEntry] = []
    for position, item in enumerate(raw):
        slug = item.get("slug") if isinstance(item, dict) else None
        slug = slug if isinstance(slug, str) and slug else None
        location = f"topics[{slug or position}]"
        try:
            entries.append(TopicEntry(location, slug, TopicIn.model_validate(item)))
        except ValidationError as exc:
            problems += [
                Problem(path, loc, msg) for loc, msg in describe_errors(exc, location, "topic")
            ]
            entries.append(TopicEntry(location, slug, None))
    return entries


def parse_section_file(path: Path, problems: list[Problem]) -> SectionFile:
    """Parse ``NN-<section-slug>.yaml``, appending every problem found to ``problems``."""
    name = _FILE_NAME.fullmatch(path.name)
    result = SectionFile(path, int(name.group(1)) if name else 0)
    if name is None:
        problems.append(Problem(path, "file name", "must be NN-<section-slug>.yaml"))
    ok, data = _read_yaml(path, problems)
    if not ok:
        result.salvaged = data
        return result
    if not isinstance(data, dict):
        what = "empty" if data is None else f"a {type(data).__name__}"
        problems.append(
            Problem(path, "<root>", f"must be a mapping of section and topics, is {what}")
        )
        return result
    problems += [
        Problem(path, str(key), f"unknown field (allowed: {', '.join(_TOP_KEYS)})")
        for key in data
        if key not in _TOP_KEYS
    ]
    result.section = _parse_section(path, data.get("section"), problems)
    if result.section and name and name.group(2) != result.section.slug:
        problems.append(
            Problem(
                path,
                "section.slug",
                f"{result.section.slug!r} does not match the file name "
                f"(expected {name.group(1)}-{result.section.slug}.yaml)",
            )
        )
    result.entries = _parse_topics(path, data.get("topics"), problems)
    return result
