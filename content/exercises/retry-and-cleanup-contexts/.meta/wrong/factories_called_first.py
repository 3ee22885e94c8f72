"""Calls every factory first, then enters the context managers one by one.

Calling a factory is often where the connection opens (``lambda: psycopg.connect(dsn)``),
so when the third factory raises, the first two connections leak: they were made but never
entered, so nothing exits them. The visible tests' factories only do work when entered.
"""

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
    start = clock()
    ok = False
    try:
        yield
        ok = True
    finally:
        report(label, clock() - start, ok)


class _State:
    done = False


@contextmanager
def _attempt(
    number: int, last: bool, retry_on: tuple[type[BaseException], ...], state: _State
) -> Iterator[int]:
    try:
        yield number
    except retry_on:
        if last:
            raise
    else:
        state.done = True


def _attempts(
    max_attempts: int,
    retry_on: tuple[type[BaseException], ...],
    base_delay: float,
    sleep: Callable[[float], None],
) -> Iterator[AbstractContextManager[int]]:
    for number in range(1, max_attempts + 1):
        state = _State()
        yield _attempt(number, number == max_attempts, retry_on, state)
        if state.done:
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
        raise ValueError(f"max_attempts must be at least 1, got {max_attempts}")
    return _attempts(max_attempts, retry_on, base_delay, sleep)


@contextmanager
def open_all(factories: Iterable[Callable[[], AbstractContextManager[T]]]) -> Iterator[list[T]]:
    managers = [factory() for factory in factories]
    with ExitStack() as stack:
        yield [stack.enter_context(manager) for manager in managers]


def remove_quietly(path: Path) -> bool:
    with suppress(FileNotFoundError):
        path.unlink()
        return True
    return False
