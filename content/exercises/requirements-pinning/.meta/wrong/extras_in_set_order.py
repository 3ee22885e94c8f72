"""``pin`` joins the extras in the iteration order of ``Requirement.extras``, not sorted.

``extras`` is a set: its order changes with the hash seed and is sorted only by chance
(always, for a single extra). The visible tests catch it (six extras); so does the sealed
set, on every seed.
"""

from __future__ import annotations

import re

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

_COMMENT = re.compile(r"(^|[ \t])#.*$")


def read_requirements(text: str) -> dict[str, Requirement]:
    """The requirements of a ``requirements.txt`` text by canonical name, in file order."""
    result: dict[str, Requirement] = {}
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = _COMMENT.sub("", raw).strip()
        if not line:
            continue
        try:
            requirement = Requirement(line)
        except InvalidRequirement as exc:
            raise ValueError(f"line {line_no}: {exc}") from exc
        name = canonicalize_name(requirement.name)
        if name in result:
            raise ValueError(f"line {line_no}: {name} is listed twice")
        result[name] = requirement
    return result


def applies(requirement: Requirement, environment: dict[str, str]) -> bool:
    """Whether ``requirement`` is needed in ``environment``."""
    if requirement.marker is None:
        return True
    return requirement.marker.evaluate(environment)


def best_version(requirement: Requirement, available: list[str]) -> str | None:
    """The highest of ``available`` that the specifier allows, or ``None``."""
    specifier = requirement.specifier
    allow_pre = bool(specifier.prereleases)
    best: tuple[Version, str] | None = None
    for text in available:
        try:
            version = Version(text)
        except InvalidVersion:
            continue
        if version.is_prerelease and not allow_pre:
            continue
        if not specifier.contains(version, prereleases=allow_pre):
            continue
        if best is None or version > best[0]:
            best = (version, text)
    return None if best is None else best[1]


def pin(text: str, environment: dict[str, str], index: dict[str, list[str]]) -> list[str]:
    """``name[extras]==version`` for every requirement that applies in ``environment``."""
    requirements = read_requirements(text)
    lines: list[str] = []
    for name in sorted(requirements):
        requirement = requirements[name]
        if not applies(requirement, environment):
            continue
        version = best_version(requirement, index.get(name, []))
        if version is None:
            raise LookupError(f"no version of {name} matches {requirement.specifier or 'any'}")
        extras = f"[{','.join(requirement.extras)}]" if requirement.extras else ""
        lines.append(f"{name}{extras}=={version}")
    return lines
