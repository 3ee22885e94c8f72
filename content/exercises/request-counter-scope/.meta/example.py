"""Request statistics of a small web service: module-level state and closures."""

from collections.abc import Callable

request_count = 0
recent_paths: list[str] = []


def record_request(path: str) -> int:
    """Count one request for ``path``; keep the last three paths; return the new count."""
    global request_count
    request_count += 1
    recent_paths.append(path)
    del recent_paths[:-3]
    return request_count


def reset() -> None:
    """Set the count back to 0 and empty ``recent_paths``."""
    global request_count
    request_count = 0
    recent_paths.clear()


def make_counter(start: int = 0) -> Callable[[], int]:
    """A new counter function returning ``start + 1``, ``start + 2``, ..."""
    current = start

    def count() -> int:
        nonlocal current
        current += 1
        return current

    return count


def make_rate_limiter(limit: int) -> Callable[[], bool]:
    """A new function that allows its first ``limit`` calls and refuses the rest."""
    allowed = 0

    def allow() -> bool:
        nonlocal allowed
        if allowed >= limit:
            return False
        allowed += 1
        return True

    return allow
