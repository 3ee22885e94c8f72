"""Closes the resources by hand in a ``finally`` with ``__exit__(None, None, None)``.

Every resource is closed, in the right order, so a test that counts closes passes. But no
resource ever learns that the block failed: a transaction commits instead of rolling back,
an exit that suppresses cannot, and when one exit raises the loop stops and the older
resources stay open.
"""

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


@contextmanager
def timed(
    label: str,
    report: Callable[[str, float, bool], None],
    clock: Callable[[], float] = time.perf_counter,
) -> Iterator[None]:
    start = clock()
    try:
        yield
    except BaseException:
        report(label, clock() - start, False)
        raise
    report(label, clock() - start, True)


class _Attempt:
    def __init__(self, number: int, last: bool, retry_on: tuple[type[BaseException], ...]):
        self.number = number
        self.last = last
        self.retry_on = retry_on
        self.succeeded = False

    def __enter__(self) -> int:
        return self.number

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        if exc_type is None:
            self.succeeded = True
            return False
        return issubclass(exc_type, self.retry_on) and not self.last


def _attempts(
    max_attempts: int,
    retry_on: tuple[type[BaseException], ...],
    base_delay: float,
    sleep: Callable[[float], None],
) -> Iterator[AbstractContextManager[int]]:
    for number in range(1, max_attempts + 1):
        attempt = _Attempt(number, number == max_attempts, retry_on)
        yield attempt
        if attempt.succeeded:
            return
        sleep(base_delay * 2 ** (number - 1))


def retry_attempts(
    max_attempts: int,
    *,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[AbstractContextManager[int]]:
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be >= 1, got {max_attempts}")
    return _attempts(max_attempts, retry_on, base_delay, sleep)


@contextmanager
def open_all(factories: Iterable[Callable[[], AbstractContextManager[T]]]) -> Iterator[list[T]]:
    entered: list[AbstractContextManager[T]] = []
    values: list[T] = []
    try:
        for factory in factories:
            manager = factory()
            values.append(manager.__enter__())
            entered.append(manager)
        yield values
    finally:
        for manager in reversed(entered):
            manager.__exit__(None, None, None)


def remove_quietly(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
