"""A topic's ``exercise_order``: the order in which its exercises of equal difficulty are taught.

Exercises go by difficulty first. Among equal difficulty, the slugs a topic lists come in
the listed order (a ramp: numbers, then strings, then conditions…), and the exercises it does
not list follow them, by slug.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from pyhero.curriculum._models import Exercise
from pyhero.curriculum._parse import SectionFile
from pyhero.curriculum._problems import Problem
from pyhero.curriculum._schema import TopicIn
from pyhero.curriculum._validate import did_you_mean

__all__ = ["check_exercise_orders", "exercise_ranks"]


def exercise_ranks(orders: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Exercise slug -> its position in its topic's ``exercise_order`` (topic -> slugs)."""
    return {slug: position for slugs in orders.values() for position, slug in enumerate(slugs)}


def check_exercise_orders(
    files: Sequence[SectionFile], exercises: Mapping[str, Exercise], present: Collection[str]
) -> list[Problem]:
    """Every listed slug names an exercise of that topic, once, in order of difficulty.

    ``present`` holds every exercise directory name, so that an exercise whose own files are
    broken (reported by those files) is not reported again as unknown here.
    """
    problems: list[Problem] = []
    for file in files:
        for entry in file.entries:
            if entry.topic is not None:
                problems += _check_topic(file.path, entry.location, entry.topic, exercises, present)
    return problems


def _check_topic(
    path: Path,
    location: str,
    topic: TopicIn,
    exercises: Mapping[str, Exercise],
    present: Collection[str],
) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    hardest: Exercise | None = None
    for position, slug in enumerate(topic.exercise_order):
        where = f"{location}.exercise_order[{position}]"
        exercise = exercises.get(slug)
        if slug in seen:
            problems.append(Problem(path, where, f"{slug!r} is listed twice"))
        elif exercise is None:
            if slug not in present:
                hint = did_you_mean(slug, present)
                problems.append(Problem(path, where, f"unknown exercise {slug!r}{hint}"))
        elif exercise.topic != topic.slug:
            problems.append(
                Problem(
                    path,
                    where,
                    f"exercise {slug!r} belongs to topic {exercise.topic!r} (pyhero.topic in its "
                    ".meta/config.json); list it in that topic's exercise_order",
                )
            )
        elif hardest is not None and hardest.difficulty > exercise.difficulty:
            problems.append(
                Problem(
                    path,
                    where,
                    f"{slug!r} (difficulty {exercise.difficulty}) is listed after "
                    f"{hardest.slug!r} (difficulty {hardest.difficulty}): difficulty comes "
                    "first and the list orders exercises of equal difficulty, so list them "
                    "by difficulty",
                )
            )
        else:
            hardest = exercise
        seen.add(slug)
    return problems
