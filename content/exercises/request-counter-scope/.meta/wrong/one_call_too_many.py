"""The rate limiter compares with ``>`` where it needs ``>=``, so it allows ``limit + 1``
calls; ``record_request`` keeps the first three paths instead of the last three.

Both are off by one. The visible tests catch them.
"""

from collections.abc import Callable

request_count = 0
recent_paths: list[str] = []


def record_request(path: str) -> int:
    global request_count
    request_count += 1
    if len(recent_paths) < 3:
        recent_paths.append(path)
    return request_count


def reset() -> None:
    global request_count
    request_count = 0
    recent_paths.clear()


def make_counter(start: int = 0) -> Callable[[], int]:
    current = start

    def count() -> int:
        nonlocal current
        current += 1
        return current

    return count


def make_rate_limiter(limit: int) -> Callable[[], bool]:
    allowed = 0

    def allow() -> bool:
        nonlocal allowed
        if allowed > limit:
            return False
        allowed += 1
        return True

    return allow
