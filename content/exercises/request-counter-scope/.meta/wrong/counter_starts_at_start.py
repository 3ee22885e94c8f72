"""The counter returns its number *before* adding one: the first call gives ``start``.

``return current`` is written above ``current += 1`` in spirit: the value is read, then
increased for next time. The visible tests catch it.
"""

from collections.abc import Callable

request_count = 0
recent_paths: list[str] = []


def record_request(path: str) -> int:
    global request_count
    request_count += 1
    recent_paths.append(path)
    del recent_paths[:-3]
    return request_count


def reset() -> None:
    global request_count
    request_count = 0
    recent_paths.clear()


def make_counter(start: int = 0) -> Callable[[], int]:
    current = start

    def count() -> int:
        nonlocal current
        value = current
        current += 1
        return value

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
