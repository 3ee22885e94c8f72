"""Release versions compared number by number."""


def version_key(version: str) -> tuple[int, ...]:
    """``'v1.10.2'`` -> ``(1, 10, 2)``."""
    raise NotImplementedError("version_key")


def sort_versions(versions: list[str]) -> list[str]:
    """Oldest first; equal versions keep their order."""
    raise NotImplementedError("sort_versions")


def latest(versions: list[str]) -> str | None:
    """The newest version (the first among equals), or None."""
    raise NotImplementedError("latest")


def latest_per_major(versions: list[str]) -> dict[int, str]:
    """Each major version's newest version, majors in increasing order."""
    raise NotImplementedError("latest_per_major")
