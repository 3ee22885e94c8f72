"""Reports from ``except Exception`` and ``else`` instead of ``finally``.

A ``KeyboardInterrupt`` (Ctrl-C) or ``SystemExit`` raised in the block is not an
``Exception``, so the block ends without any report: the timing of the interrupted job is
lost. The visible tests only raise ``KeyError``.
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
    try:
        yield
    except Exception:
        report(label, clock() - start, False)
        raise
    else:
        report(label, clock() - start, True)


class _Result:
    ok = False


@contextmanager
def _attempt(number: int, last: bool, retry_on: tuple[type[BaseException], ...], result: _Result) -> Iterator[int]:
    try:
        yield number
    except retry_on:
        if last:
            raise
    else:
        result.ok = True


def _attempts(
    max_attempts: int, retry_on: tuple[type[BaseException], ...], base_delay: float,
    sleep: Callable[[float], None],
) -> Iterator[AbstractContextManager[int]]:
    for number in range(1, max_attempts + 1):
        result = _Result()
        yield _attempt(number, number == max_attempts, retry_on, result)
        if result.ok:
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
    with ExitStack() as stack:
        yield [stack.enter_context(factory()) for factory in factories]


def remove_quietly(path: Path) -> bool:
    with suppress(FileNotFoundError):
        path.unlink()
        return True
    return False
