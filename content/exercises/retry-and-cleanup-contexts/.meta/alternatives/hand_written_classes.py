"""A different route: no contextlib at all. Classes with ``__enter__``/``__exit__``, an
iterator class for the attempts, and ``open_all`` unwinding by hand with the semantics of
nested ``with`` statements (each exit sees the exception in flight; a true return
suppresses it)."""

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

T = TypeVar("T")
ExcInfo = tuple[type[BaseException] | None, BaseException | None, TracebackType | None]


class _Timed:
    def __init__(self, label: str, report: Callable[[str, float, bool], None], clock: Callable[[], float]):
        self._label, self._report, self._clock = label, report, clock
        self._start = 0.0

    def __enter__(self) -> None:
        self._start = self._clock()

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self._report(self._label, self._clock() - self._start, exc_type is None)


def timed(
    label: str,
    report: Callable[[str, float, bool], None],
    clock: Callable[[], float] = time.perf_counter,
) -> _Timed:
    return _Timed(label, report, clock)


class _Attempt:
    def __init__(self, number: int, final: bool, retry_on: tuple[type[BaseException], ...]):
        self.number, self.final, self.retry_on = number, final, retry_on
        self.clean = False

    def __enter__(self) -> int:
        return self.number

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        if exc_type is None:
            self.clean = True
            return False
        return not self.final and issubclass(exc_type, self.retry_on)


class _Attempts:
    def __init__(self, max_attempts: int, retry_on: tuple[type[BaseException], ...],
                 base_delay: float, sleep: Callable[[float], None]):
        self._max, self._retry_on = max_attempts, retry_on
        self._delay, self._sleep = base_delay, sleep
        self._previous: _Attempt | None = None

    def __iter__(self) -> "_Attempts":
        return self

    def __next__(self) -> _Attempt:
        previous = self._previous
        if previous is not None:
            if previous.clean or previous.number == self._max:
                raise StopIteration
            self._sleep(self._delay * 2 ** (previous.number - 1))
        number = 1 if previous is None else previous.number + 1
        self._previous = _Attempt(number, number == self._max, self._retry_on)
        return self._previous


def retry_attempts(
    max_attempts: int,
    *,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[_Attempt]:
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be at least 1, got {max_attempts}")
    return _Attempts(max_attempts, retry_on, base_delay, sleep)


def _unwind(entered: list[Any], info: ExcInfo) -> ExcInfo:
    """Exit ``entered`` newest first, as nested ``with`` blocks would; return what is left
    in flight afterwards."""
    while entered:
        manager = entered.pop()
        try:
            if manager.__exit__(*info):
                info = (None, None, None)
        except BaseException:
            info = sys.exc_info()
    return info


class _All(Generic[T]):
    def __init__(self, factories: Iterable[Callable[[], Any]]):
        self._factories = factories
        self._entered: list[Any] = []

    def __enter__(self) -> list[T]:
        values: list[T] = []
        try:
            for factory in self._factories:
                manager = factory()
                values.append(manager.__enter__())
                self._entered.append(manager)
        except BaseException:
            left = _unwind(self._entered, sys.exc_info())
            if left[1] is not None:
                raise left[1]
            raise
        return values

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        left = _unwind(self._entered, (exc_type, exc, tb))
        if left[1] is None:
            return exc is not None
        if left[1] is exc:
            return False
        raise left[1]


def open_all(factories: Iterable[Callable[[], Any]]) -> _All[Any]:
    return _All(factories)


def remove_quietly(path: Path) -> bool:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    return True
