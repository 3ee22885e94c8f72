"""Request statistics of a small web service: module-level state and closures."""

from collections.abc import Callable

request_count = 0
recent_paths: list[str] = []


def record_request(path: str) -> int:
    """Count one request for ``path``; keep the last three paths; return the new count."""
    raise NotImplementedError("record_request")


def reset() -> None:
    """Set the count back to 0 and empty ``recent_paths``."""
    raise NotImplementedError("reset")


def make_counter(start: int = 0) -> Callable[[], int]:
    """A new counter function returning ``start + 1``, ``start + 2``, ..."""
    raise NotImplementedError("make_counter")


def make_rate_limiter(limit: int) -> Callable[[], bool]:
    """A new function that allows its first ``limit`` calls and refuses the rest."""
    raise NotImplementedError("make_rate_limiter")
