"""Counts the attempts in a variable of the decorator, shared by every call.

The first call of the decorated function behaves; the counter is never reset, so the
second call starts with the attempts the first one used up, and after a few outages the
client stops retrying at all. The visible test that calls twice catches it.
"""

import functools
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def retry(
    times: int,
    exceptions: tuple[type[Exception], ...] = (Exception,),
    backoff: float = 0.0,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Call the function up to ``times`` times while it raises one of ``exceptions``."""
    if times < 1:
        raise ValueError(f"times must be at least 1, got {times}")
    if backoff < 0:
        raise ValueError(f"backoff must not be negative, got {backoff}")

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        attempts = 0

        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            nonlocal attempts
            while True:
                attempts += 1
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempts >= times:
                        raise
                    sleep(backoff * 2 ** (attempts - 1))

        return wrapper

    return decorate


def timed(
    report: Callable[[str, float], None],
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Report ``(qualified name, seconds)`` after every call, successful or not."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                report(func.__qualname__, clock() - start)

        return wrapper

    return decorate
