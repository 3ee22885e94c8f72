"""A different route: futures collected by hand (``submit`` and ``wait``) instead of
``map``, an ``RLock``-guarded counter, and a pipeline whose workers write into preallocated
result slots, stop on a private sentinel object, and report failures as
``(position, exception)`` pairs."""

import queue
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Any

_STOP = object()


def _require(name: str, value: int) -> None:
    if not value >= 1:
        raise ValueError(f"{name} must be at least 1, got {value}")


def fan_out(func: Callable[[Any], Any], items: Iterable[Any], *, max_workers: int) -> list[Any]:
    _require("max_workers", max_workers)
    with ThreadPoolExecutor(max_workers) as pool:
        futures = [pool.submit(func, item) for item in items]
        wait(futures)
    return [future.result() for future in futures]


def settle(
    func: Callable[[Any], Any], items: Iterable[Any], *, max_workers: int
) -> tuple[dict[Any, Any], dict[Any, BaseException]]:
    _require("max_workers", max_workers)
    distinct: list[Any] = []
    seen: set[Any] = set()
    for item in items:
        if item not in seen:
            seen.add(item)
            distinct.append(item)
    with ThreadPoolExecutor(max_workers) as pool:
        futures = [pool.submit(func, item) for item in distinct]
    results = {}
    errors = {}
    for item, future in zip(distinct, futures, strict=True):
        if future.exception() is not None:
            errors[item] = future.exception()
        else:
            results[item] = future.result()
    return results, errors


class SafeCounter:
    def __init__(self) -> None:
        self._guard = threading.RLock()
        self._count = 0

    @property
    def value(self) -> int:
        return self._count

    def increment(self, amount: int = 1) -> int:
        _require("amount", amount)
        with self._guard:
            self._count = self._count + amount
            new = self._count
        return new

    def reset(self) -> int:
        with self._guard:
            before = self._count
            self._count = 0
        return before


def run_pipeline(
    items: Iterable[Any], handle: Callable[[Any], Any], *, workers: int, maxsize: int
) -> list[Any]:
    _require("workers", workers)
    _require("maxsize", maxsize)
    inbox: queue.Queue[Any] = queue.Queue(maxsize)
    slots: list[Any] = []
    failures: list[tuple[int, Exception]] = []
    guard = threading.Lock()

    def worker() -> None:
        while True:
            task = inbox.get()
            if task is _STOP:
                return
            position, item = task
            try:
                value = handle(item)
            except Exception as exc:
                with guard:
                    failures.append((position, exc))
            else:
                slots[position] = value

    pool = [threading.Thread(target=worker, name=f"pipeline-worker-{i}") for i in range(workers)]
    for thread in pool:
        thread.start()
    try:
        for position, item in enumerate(items):
            slots.append(None)
            inbox.put((position, item))
    finally:
        for _ in pool:
            inbox.put(_STOP)
        for thread in pool:
            thread.join()
    if failures:
        raise min(failures, key=lambda failure: failure[0])[1]
    return slots
