"""Checks across section files: duplicate slugs, unknown prerequisites, prerequisite cycles,
level inversions, and resources that supersede a URL their topic does not list."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from pyhero.curriculum._graph import find_cycles, topological_order
from pyhero.curriculum._parse import SectionFile, TopicEntry
from pyhero.curriculum._problems import Problem
from pyhero.curriculum._schema import TopicIn

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
    # edges on or behind a cycle are reported as the cycle, and a duplicated slug as such:
    # neither again as a level inversion
    _, stuck = topological_order(requires, rank)
    defined = Counter(slug for slug, _, _ in slugs)
    topics = {
        slug: e.topic
        for f in files
        for e in f.entries
        if e.topic is not None and (slug := e.topic.slug) not in stuck and defined[slug] == 1
    }
    for file in files:
        for entry in file.entries:
            problems += _level_inversions(file.path, entry, topics)
            problems += _superseded_urls(file.path, entry)
    return problems


def _level_inversions(path: Path, entry: TopicEntry, topics: dict[str, TopicIn]) -> list[Problem]:
    """A topic may not require a topic of a higher level (beginner < ... < senior)."""
    topic = entry.topic
    if topic is None or topics.get(topic.slug) is not topic:
        return []
    problems: list[Problem] = []
    for prereq in dict.fromkeys(topic.prerequisites):
        required = topics.get(prereq)
        if required is not None and required.level.rank > topic.level.rank:
            problems.append(
                Problem(
                    path,
                    f"{entry.location}.prerequisites",
                    f"level inversion: {topic.slug!r} ({topic.level.value}) requires "
                    f"{prereq!r} ({required.level.value}); lower the prerequisite's level, "
                    "raise this topic's, or drop the edge",
                )
            )
    return problems


def _superseded_urls(path: Path, entry: TopicEntry) -> list[Problem]:
    """``supersedes`` must name another resource of the same topic."""
    if entry.topic is None:
        return []
    urls = [r.url for r in entry.topic.resources]
    problems: list[Problem] = []
    for position, resource in enumerate(entry.topic.resources):
        old = resource.supersedes
        if old is not None and (old == resource.url or old not in urls):
            problems.append(
                Problem(
                    path,
                    f"{entry.location}.resources[{position}].supersedes",
                    f"{old!r} is not another resource of this topic: supersedes names the "
                    "outdated URL listed beside the current one",
                )
            )
    return problems
