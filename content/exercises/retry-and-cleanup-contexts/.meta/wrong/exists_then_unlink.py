"""Checks ``path.exists()`` before deleting instead of handling ``FileNotFoundError``.

``exists()`` follows symbolic links, so a dangling link (a stale lock pointing at a file
that is gone) "does not exist" and is left behind, reported as already gone. It also races
with other processes. The visible tests use plain files only.
"""

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def timed(
    label: str,
    report: Callable[[str, float, bool], None],
    clock: Callable[[], float] = time.perf_counter,
) -> Iterator[None]:
    began = clock()
    succeeded = False
    try:
        yield
        succeeded = True
    finally:
        report(label, clock() - began, succeeded)


class _Flag:
    value = False


@contextmanager
def _one(number: int, final: bool, retry_on: tuple[type[BaseException], ...], flag: _Flag) -> Iterator[int]:
    try:
        yield number
    except retry_on:
        if final:
            raise
    else:
        flag.value = True


def _loop(
    max_attempts: int, retry_on: tuple[type[BaseException], ...], base_delay: float,
    sleep: Callable[[float], None],
) -> Iterator[AbstractContextManager[int]]:
    for number in range(1, max_attempts + 1):
        flag = _Flag()
        yield _one(number, number == max_attempts, retry_on, flag)
        if flag.value:
            break
        sleep(base_delay * 2 ** (number - 1))


def retry_attempts(
    max_attempts: int,
    *,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[AbstractContextManager[int]]:
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be at least 1: {max_attempts}")
    return _loop(max_attempts, retry_on, base_delay, sleep)


@contextmanager
def open_all(factories: Iterable[Callable[[], AbstractContextManager[T]]]) -> Iterator[list[T]]:
    with ExitStack() as stack:
        yield [stack.enter_context(make()) for make in factories]


def remove_quietly(path: Path) -> bool:
    if not path.exists():
        return False
    path.unlink()
    return True
