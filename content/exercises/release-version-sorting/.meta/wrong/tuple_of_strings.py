"""``version_key`` returns the parts as a tuple of strings, without ``int``.

Tuples still compare item by item, but ``"10" < "9"`` as text, so ``1.10`` sorts before
``1.9`` and is never the latest. The visible tests catch it.
"""


def version_key(version: str) -> tuple[int, ...]:
    """``'v1.10.2'`` -> ``(1, 10, 2)``."""
    parts = version.strip().removeprefix("v").split(".")
    return tuple(parts)  # type: ignore[arg-type]


def sort_versions(versions: list[str]) -> list[str]:
    """Oldest first; equal versions keep their order."""
    return sorted(versions, key=version_key)


def latest(versions: list[str]) -> str | None:
    """The newest version (the first among equals), or None."""
    return max(versions, key=version_key, default=None)


def latest_per_major(versions: list[str]) -> dict[int, str]:
    """Each major version's newest version, majors in increasing order."""
    best: dict[int, str] = {}
    for version in versions:
        major = version_key(version)[0]
        if major not in best or version_key(version) > version_key(best[major]):
            best[major] = version
    return {major: best[major] for major in sorted(best)}
