"""Sealed cases for release-version-sorting: versions whose text order differs from their
numeric order (9 and 10, 2 and 12), one to four parts, leading zeros, a "v" prefix and
spaces, equal versions written differently (so the order among equals shows), prefixes of
longer versions, many majors, the empty list."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "release_version_sorting"


def _version(rng: random.Random) -> str:
    parts = [gen.pick(rng, ("0", "1", "2", "9", "10", "12", "01", "100"))
             for _ in range(gen.pick(rng, (1, 2, 3, 3, 4)))]  # fmt: skip
    text = ".".join(parts)
    if gen.chance(rng, 0.25):
        text = "v" + text
    if gen.chance(rng, 0.1):
        text = f" {text} "
    return text


def _versions(rng: random.Random) -> list[str]:
    versions = [_version(rng) for _ in range(gen.size(rng, large=40))]
    if versions and gen.chance(rng, 0.5):
        twin = gen.pick(rng, versions).strip().removeprefix("v")
        versions.insert(rng.randint(0, len(versions)), gen.pick(rng, (twin, "v" + twin)))
    return versions


def keeps_input(solution, function, versions):  # type: ignore[no-untyped-def]
    given = list(versions)
    result = getattr(solution, function)(given)
    if isinstance(result, dict):
        result = list(result.items())
    return {"result": result, "input unchanged": given == versions}


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        yield Case.call("version_key", _version(rng), task=1)
    for function, task in (("sort_versions", 2), ("latest", 3), ("latest_per_major", 4)):
        yield Case.probe(keeps_input, function, [], task=task, group=function)
        for _ in range(25):
            yield Case.probe(keeps_input, function, _versions(rng), task=task, group=function)
