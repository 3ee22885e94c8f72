"""Creates the queue without its ``maxsize``.

Everything works and results are right, but the producer never blocks: it reads the whole
input into memory while the workers are busy, which is what the bounded queue is for. The
original tests never measured how far the producer runs ahead; the visible test of the
bound catches it.
"""

import queue
import threading
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
R = TypeVar("R")


def _check_positive(name: str, value: int) -> None:
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")


def fan_out(func: Callable[[T], R], items: Iterable[T], *, max_workers: int) -> list[R]:
    """``func`` applied to every item on a thread pool; results in input order."""
    _check_positive("max_workers", max_workers)
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        return list(pool.map(func, items))


def settle(
    func: Callable[[K], R], items: Iterable[K], *, max_workers: int
) -> tuple[dict[K, R], dict[K, BaseException]]:
    """Run ``func`` once per distinct item; split outcomes into results and errors."""
    _check_positive("max_workers", max_workers)
    results: dict[K, R] = {}
    errors: dict[K, BaseException] = {}
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures: dict[K, Future[R]] = {
            item: pool.submit(func, item) for item in dict.fromkeys(items)
        }
        for item, future in futures.items():
            error = future.exception()
            if error is None:
                results[item] = future.result()
            else:
                errors[item] = error
    return results, errors


class SafeCounter:
    """An integer counter that many threads may increment at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    @property
    def value(self) -> int:
        with self._lock:
            return self._value

    def increment(self, amount: int = 1) -> int:
        """Add ``amount`` (>= 1) and return the new value, atomically."""
        _check_positive("amount", amount)
        with self._lock:
            self._value += amount
            return self._value

    def reset(self) -> int:
        """Set the counter to zero and return the value it had."""
        with self._lock:
            old, self._value = self._value, 0
            return old


def run_pipeline(
    items: Iterable[T], handle: Callable[[T], R], *, workers: int, maxsize: int
) -> list[R]:
    """Feed items through a bounded queue to worker threads; results in input order."""
    _check_positive("workers", workers)
    _check_positive("maxsize", maxsize)
    tasks: queue.Queue[tuple[int, T] | None] = queue.Queue()
    results: dict[int, R] = {}
    errors: dict[int, Exception] = {}

    def consume() -> None:
        while (task := tasks.get()) is not None:
            index, item = task
            try:
                results[index] = handle(item)
            except Exception as exc:
                errors[index] = exc

    threads = [
        threading.Thread(target=consume, name=f"pipeline-worker-{number}")
        for number in range(workers)
    ]
    for thread in threads:
        thread.start()
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[min(errors)]
    return [results[index] for index in sorted(results)]
