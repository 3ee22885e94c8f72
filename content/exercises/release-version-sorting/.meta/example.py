"""Release versions compared number by number."""


def version_key(version: str) -> tuple[int, ...]:
    """``'v1.10.2'`` -> ``(1, 10, 2)``."""
    parts = version.strip().removeprefix("v").split(".")
    return tuple(int(part) for part in parts)


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
