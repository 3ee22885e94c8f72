"""Reference solution: timing, retrying and all-or-nothing resource contexts."""

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, suppress
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def timed(
    label: str,
    report: Callable[[str, float, bool], None],
    clock: Callable[[], float] = time.perf_counter,
) -> Iterator[None]:
    """Report (label, seconds, succeeded) when the block ends, even if it raised."""
    start = clock()
    succeeded = False
    try:
        yield
        succeeded = True
    finally:
        report(label, clock() - start, succeeded)


class _Outcome:
    succeeded = False


@contextmanager
def _attempt(
    number: int, last: bool, retry_on: tuple[type[BaseException], ...], outcome: _Outcome
) -> Iterator[int]:
    try:
        yield number
    except retry_on:
        if last:
            raise
    else:
        outcome.succeeded = True


def _attempts(
    max_attempts: int,
    retry_on: tuple[type[BaseException], ...],
    base_delay: float,
    sleep: Callable[[float], None],
) -> Iterator[AbstractContextManager[int]]:
    for number in range(1, max_attempts + 1):
        outcome = _Outcome()
        yield _attempt(number, number == max_attempts, retry_on, outcome)
        if outcome.succeeded:
            return
        sleep(base_delay * 2 ** (number - 1))


def retry_attempts(
    max_attempts: int,
    *,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[AbstractContextManager[int]]:
    """Yield one context manager per attempt; stop after the first clean block."""
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be at least 1, got {max_attempts}")
    return _attempts(max_attempts, retry_on, base_delay, sleep)


@contextmanager
def open_all(factories: Iterable[Callable[[], AbstractContextManager[T]]]) -> Iterator[list[T]]:
    """Enter every resource or none: a failure closes those already opened, newest first."""
    with ExitStack() as stack:
        yield [stack.enter_context(factory()) for factory in factories]


def remove_quietly(path: Path) -> bool:
    """Delete a file; a file that is already gone is not an error."""
    with suppress(FileNotFoundError):
        path.unlink()
        return True
    return False
