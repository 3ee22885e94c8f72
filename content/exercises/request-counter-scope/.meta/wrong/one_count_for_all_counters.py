"""``make_counter`` keeps the current number in a module-level variable.

Every counter then shares one number: two counters made separately count together, and a
counter made with another start resets the others. The visible tests catch it.
"""

from collections.abc import Callable

request_count = 0
recent_paths: list[str] = []
_current = 0


def record_request(path: str) -> int:
    global request_count
    request_count += 1
    recent_paths.append(path)
    del recent_paths[:-3]
    return request_count


def reset() -> None:
    global request_count, recent_paths
    request_count = 0
    recent_paths = []


def make_counter(start: int = 0) -> Callable[[], int]:
    global _current
    _current = start

    def count() -> int:
        global _current
        _current += 1
        return _current

    return count


def make_rate_limiter(limit: int) -> Callable[[], bool]:
    allowed = 0

    def allow() -> bool:
        nonlocal allowed
        if allowed >= limit:
            return False
        allowed += 1
        return True

    return allow
