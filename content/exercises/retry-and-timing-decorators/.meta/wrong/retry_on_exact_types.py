"""Retries only when the exception's type is listed exactly: ``type(error) in exceptions``.

``ConnectionResetError`` is a ``ConnectionError``, but not listed by name, so it is not
retried; with the default ``(Exception,)`` nothing is ever retried. The visible test of the
default catches it.
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
                except Exception as error:
                    if type(error) not in exceptions:
                        raise
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
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                report(func.__qualname__, clock() - start)

        return wrapper

    return decorate
