"""A text key instead of a tuple: every number zero-padded to twelve digits (so text order
is number order, and a shorter version that is a prefix still sorts first); the newest per
major found by sorting once and walking from the newest with ``setdefault``."""


def version_key(version: str) -> tuple[int, ...]:
    return tuple(map(int, version.strip().lstrip("v").split(".")))


def _padded(version: str) -> str:
    return ".".join(f"{number:012d}" for number in version_key(version))


def sort_versions(versions: list[str]) -> list[str]:
    return sorted(versions, key=_padded)


def latest(versions: list[str]) -> str | None:
    newest: str | None = None
    for version in versions:
        if newest is None or _padded(version) > _padded(newest):
            newest = version
    return newest


def latest_per_major(versions: list[str]) -> dict[int, str]:
    best: dict[int, str] = {}
    for version in reversed(sort_versions(list(reversed(versions)))):
        best.setdefault(version_key(version)[0], version)
    return dict(sorted(best.items()))
