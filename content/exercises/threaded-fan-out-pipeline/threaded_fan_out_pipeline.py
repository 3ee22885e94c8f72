"""Threaded fan-out and pipeline: implement the functions and the counter below."""

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
R = TypeVar("R")


def fan_out(func: Callable[[T], R], items: Iterable[T], *, max_workers: int) -> list[R]:
    """``func`` applied to every item on a thread pool; results in input order."""
    raise NotImplementedError


def settle(
    func: Callable[[K], R], items: Iterable[K], *, max_workers: int
) -> tuple[dict[K, R], dict[K, BaseException]]:
    """Run ``func`` once per distinct item; split outcomes into results and errors."""
    raise NotImplementedError


class SafeCounter:
    """An integer counter that many threads may increment at once."""

    def __init__(self) -> None:
        """Start at zero, with a lock."""
        raise NotImplementedError

    @property
    def value(self) -> int:
        """The current value."""
        raise NotImplementedError

    def increment(self, amount: int = 1) -> int:
        """Add ``amount`` (>= 1) and return the new value, atomically."""
        raise NotImplementedError

    def reset(self) -> int:
        """Set the counter to zero and return the value it had."""
        raise NotImplementedError


def run_pipeline(
    items: Iterable[T], handle: Callable[[T], R], *, workers: int, maxsize: int
) -> list[R]:
    """Feed items through a bounded queue to worker threads; results in input order."""
    raise NotImplementedError
