"""``reset`` writes ``recent_paths = []`` without declaring it ``global``.

The assignment creates a new local list inside ``reset`` and the module's list keeps its
paths. The count is reset correctly, so it looks right at a glance. The visible tests
catch it.
"""

from collections.abc import Callable

request_count = 0
recent_paths: list[str] = []


def record_request(path: str) -> int:
    global request_count
    request_count += 1
    recent_paths.append(path)
    if len(recent_paths) > 3:
        recent_paths.pop(0)
    return request_count


def reset() -> None:
    global request_count
    request_count = 0
    recent_paths = []  # noqa: F841


def make_counter(start: int = 0) -> Callable[[], int]:
    current = start

    def count() -> int:
        nonlocal current
        current += 1
        return current

    return count


def make_rate_limiter(limit: int) -> Callable[[], bool]:
    used = 0

    def allow() -> bool:
        nonlocal used
        used += 1
        return used <= limit

    return allow
