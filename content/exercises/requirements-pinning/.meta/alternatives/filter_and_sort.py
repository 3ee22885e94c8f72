"""``SpecifierSet.filter`` with an explicit pre-release switch, a stable sort for the
highest version, and a split at the first comment."""

from __future__ import annotations

import contextlib
import re

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version


def read_requirements(text: str) -> dict[str, Requirement]:
    """The requirements of a ``requirements.txt`` text by canonical name, in file order."""
    found: dict[str, Requirement] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        content = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()
        if content:
            try:
                requirement = Requirement(content)
            except InvalidRequirement as error:
                raise ValueError(f"bad requirement on line {number}") from error
            key = canonicalize_name(requirement.name)
            if key in found:
                raise ValueError(f"duplicate {key} on line {number}")
            found[key] = requirement
    return found


def applies(requirement: Requirement, environment: dict[str, str]) -> bool:
    """Whether ``requirement`` is needed in ``environment``."""
    if requirement.marker is None:
        return True
    return requirement.marker.evaluate(environment)


def _parsed(available: list[str]) -> list[tuple[Version, int, str]]:
    parsed = []
    for position, text in enumerate(available):
        with contextlib.suppress(InvalidVersion):
            parsed.append((Version(text), -position, text))
    return parsed


def best_version(requirement: Requirement, available: list[str]) -> str | None:
    """The highest of ``available`` that the specifier allows, or ``None``."""
    prereleases = requirement.specifier.prereleases is True
    by_version = {version: text for version, _, text in sorted(_parsed(available))}
    allowed = list(requirement.specifier.filter(by_version, prereleases=prereleases))
    return by_version[max(allowed)] if allowed else None


def pin(text: str, environment: dict[str, str], index: dict[str, list[str]]) -> list[str]:
    """``name[extras]==version`` for every requirement that applies in ``environment``."""
    requirements = read_requirements(text)
    lines = []
    for name in sorted(requirements):
        requirement = requirements[name]
        if applies(requirement, environment):
            version = best_version(requirement, index.get(name, []))
            if version is None:
                raise LookupError(name)
            extras = ",".join(sorted(requirement.extras))
            lines.append(f"{name}[{extras}]=={version}" if extras else f"{name}=={version}")
    return lines
