"""Exercises under ``content/exercises/``: each one read with :func:`load_exercise_spec`."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from pyhero.curriculum._models import Exercise
from pyhero.curriculum._problems import Problem
from pyhero.curriculum._validate import did_you_mean
from pyhero.environments import environment_names
from pyhero.exercise import ExerciseError, load_exercise_spec

__all__ = ["exercise_dirs", "load_exercises"]

_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def exercise_dirs(root: Path) -> list[Path]:
    """The exercise directories under ``root`` (none when it is missing), by name."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def load_exercises(
    root: Path, topics: Collection[str], problems: list[Problem]
) -> dict[str, Exercise]:
    """Every exercise directory under ``root`` (missing ``root``: none), in slug order."""
    exercises: dict[str, Exercise] = {}
    seen: dict[str, Path] = {}
    environments = environment_names(root.parent)
    for directory in exercise_dirs(root):
        slug = directory.name
        config = directory / ".meta" / "config.json"
        file = config if config.is_file() else directory
        if not _KEBAB.fullmatch(slug):
            problems.append(Problem(file, slug, "the directory name must be a kebab-case slug"))
        key = slug.lower().replace("_", "-")
        if key in seen:
            problems.append(
                Problem(file, slug, f"duplicate exercise slug: same as {seen[key].name!r}")
            )
            continue
        seen[key] = directory
        try:
            spec = load_exercise_spec(directory)
        except ExerciseError as exc:
            message = str(exc).removeprefix(f"{file}: ").removeprefix(f"{directory}: ")
            problems.append(Problem(file, slug, message))
            continue
        environment = spec.pyhero.environment
        if environment is not None and environment not in environments:
            known = ", ".join(environments) or "none"
            problems.append(
                Problem(
                    file,
                    "pyhero.environment",
                    f"unknown environment {environment!r} (defined in environments/: {known})",
                )
            )
        topic, difficulty = spec.pyhero.topic, spec.pyhero.difficulty
        if topic is None:
            problems.append(Problem(file, "pyhero.topic", "missing: name the curriculum topic"))
        elif topic not in topics:
            hint = did_you_mean(topic, topics)
            problems.append(Problem(file, "pyhero.topic", f"unknown topic {topic!r}{hint}"))
        if difficulty is None:
            problems.append(Problem(file, "pyhero.difficulty", "missing: a number from 1 to 10"))
        if topic is not None and topic in topics and difficulty is not None:
            exercises[slug] = Exercise(
                slug=slug, title=spec.title, topic=topic, difficulty=difficulty, spec=spec
            )
    return exercises
