"""Checks across section files: duplicate slugs, unknown prerequisites, prerequisite cycles."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from pyhero.curriculum._graph import find_cycles
from pyhero.curriculum._parse import SectionFile
from pyhero.curriculum._problems import Problem

__all__ = ["cross_check", "did_you_mean"]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _duplicates(kind: str, occurrences: Sequence[tuple[str, Path, str]]) -> list[Problem]:
    """One problem per occurrence of a slug defined more than once, naming the other places."""
    places: defaultdict[str, list[tuple[Path, str]]] = defaultdict(list)
    for slug, path, location in occurrences:
        places[slug].append((path, location))
    problems: list[Problem] = []
    for slug, where in places.items():
        if len(where) < 2:
            continue
        for path, location in where:
            others = ", ".join(f"{p} ({loc})" for p, loc in where if (p, loc) != (path, location))
            problems.append(
                Problem(path, location, f"duplicate {kind} slug {slug!r}: also defined in {others}")
            )
    return problems


def cross_check(files: Sequence[SectionFile]) -> list[Problem]:
    """Problems that need all files at once; ``files`` are in section order."""
    problems = _duplicates(
        "section", [(f.section.slug, f.path, "section.slug") for f in files if f.section]
    )
    slugs = [(e.slug, f.path, e.location + ".slug") for f in files for e in f.entries if e.slug]
    problems += _duplicates("topic", slugs)
    known = {slug for slug, _, _ in slugs} | {s for f in files for s in f.salvaged}
    requires: dict[str, list[str]] = {}
    rank: dict[str, int] = {}
    home: dict[str, tuple[Path, str]] = {}
    for file in files:
        for entry in file.entries:
            if entry.topic is None or entry.topic.slug in requires:
                continue
            slug = entry.topic.slug
            requires[slug] = entry.topic.prerequisites
            rank[slug] = len(rank)
            home[slug] = (file.path, f"{entry.location}.prerequisites")
            seen: set[str] = set()
            for prereq in entry.topic.prerequisites:
                if prereq in seen:
                    problems.append(Problem(*home[slug], f"{prereq!r} is listed twice"))
                elif prereq not in known:
                    hint = did_you_mean(prereq, known)
                    problems.append(Problem(*home[slug], f"unknown prerequisite {prereq!r}{hint}"))
                seen.add(prereq)
    for cycle in find_cycles(requires, rank):
        problems.append(Problem(*home[cycle[0]], "prerequisite cycle: " + " -> ".join(cycle)))
    return problems
