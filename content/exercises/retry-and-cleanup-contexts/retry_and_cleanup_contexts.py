"""Context managers for timing, retrying and cleanup: implement them below."""

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def timed(
    label: str,
    report: Callable[[str, float, bool], None],
    clock: Callable[[], float] = time.perf_counter,
) -> AbstractContextManager[None]:
    """Report (label, seconds, succeeded) when the block ends, even if it raised."""
    raise NotImplementedError


def retry_attempts(
    max_attempts: int,
    *,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[AbstractContextManager[int]]:
    """Yield one context manager per attempt; stop after the first clean block."""
    raise NotImplementedError


def open_all(
    factories: Iterable[Callable[[], AbstractContextManager[T]]],
) -> AbstractContextManager[list[T]]:
    """Enter every resource or none: a failure closes those already opened, newest first."""
    raise NotImplementedError


def remove_quietly(path: Path) -> bool:
    """Delete a file; a file that is already gone is not an error."""
    raise NotImplementedError
