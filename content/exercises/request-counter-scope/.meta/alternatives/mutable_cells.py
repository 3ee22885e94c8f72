"""Closures without ``nonlocal``: each keeps its number in a one-item list it changes in
place; the module's list is rebound with a slice under ``global``."""

from collections.abc import Callable

request_count = 0
recent_paths: list[str] = []


def record_request(path: str) -> int:
    global request_count, recent_paths
    request_count = request_count + 1
    recent_paths = [*recent_paths, path][-3:]
    return request_count


def reset() -> None:
    global request_count, recent_paths
    request_count = 0
    recent_paths = []


def make_counter(start: int = 0) -> Callable[[], int]:
    cell = [start]

    def count() -> int:
        cell[0] += 1
        return cell[0]

    return count


def make_rate_limiter(limit: int) -> Callable[[], bool]:
    left = [limit]

    def allow() -> bool:
        if left[0] == 0:
            return False
        left[0] -= 1
        return True

    return allow
