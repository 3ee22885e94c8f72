"""Decorators as classes: each factory returns an object whose ``__call__`` builds the
wrapper, the retry loop is a ``while`` that catches on every attempt and re-raises with a
bare ``raise`` on the last one, the delays come from doubling, and the metadata is copied
with ``functools.update_wrapper``."""

import functools
import time
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class _Retry:
    def __init__(
        self,
        times: int,
        exceptions: tuple[type[Exception], ...],
        backoff: float,
        sleep: Callable[[float], None],
    ) -> None:
        self.times = times
        self.exceptions = exceptions
        self.backoff = backoff
        self.sleep = sleep

    def __call__(self, func: Callable[P, R]) -> Callable[P, R]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            attempt, delay = 1, self.backoff
            while True:
                try:
                    return func(*args, **kwargs)
                except self.exceptions:
                    if attempt == self.times:
                        raise
                self.sleep(delay)
                attempt, delay = attempt + 1, delay * 2

        return functools.update_wrapper(wrapper, func)


def retry(
    times: int,
    exceptions: tuple[type[Exception], ...] = (Exception,),
    backoff: float = 0.0,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Call the function up to ``times`` times while it raises one of ``exceptions``."""
    if not times >= 1:
        raise ValueError("times must be 1 or more")
    if backoff < 0:
        raise ValueError("backoff cannot be negative")
    return _Retry(times, exceptions, backoff, sleep)


class _Timed:
    def __init__(self, report: Callable[[str, float], None], clock: Callable[[], float]) -> None:
        self.report = report
        self.clock = clock

    def __call__(self, func: Callable[P, R]) -> Callable[P, R]:
        name = func.__qualname__

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            before = self.clock()
            try:
                return func(*args, **kwargs)
            finally:
                after = self.clock()
                self.report(name, after - before)

        return functools.update_wrapper(wrapper, func)


def timed(
    report: Callable[[str, float], None],
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Report ``(qualified name, seconds)`` after every call, successful or not."""
    return _Timed(report, clock)
