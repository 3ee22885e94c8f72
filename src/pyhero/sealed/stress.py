"""Thread stress: many threads at once under a tiny switch interval, to provoke races.

Races are probabilistic, so cases using this are ``stress=True`` and reported apart.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from time import monotonic as _real_monotonic  # bound before any patch_time()
from typing import TypeVar, cast

__all__ = ["run_threads"]

T = TypeVar("T")


def run_threads(
    function: Callable[[int], T],
    *,
    threads: int = 8,
    switch_interval: float = 1e-6,
    timeout: float = 10.0,
) -> list[T]:
    """Call ``function(index)`` from ``threads`` threads released together; return the
    results in index order.

    ``sys.setswitchinterval(switch_interval)`` holds while they run and is restored after.
    The first exception a thread raised is raised here once all have ended; a thread still
    running after ``timeout`` real seconds raises ``TimeoutError`` (it is left as a daemon).
    """
    if threads < 1:
        raise ValueError(f"threads must be at least 1, got {threads}")
    barrier = threading.Barrier(threads)
    results: list[T | None] = [None] * threads
    errors: list[BaseException | None] = [None] * threads

    def work(index: int) -> None:
        try:
            barrier.wait()
            results[index] = function(index)
        except BaseException as exc:
            errors[index] = exc

    workers = [
        threading.Thread(target=work, args=(index,), name=f"stress-{index}", daemon=True)
        for index in range(threads)
    ]
    previous = sys.getswitchinterval()
    sys.setswitchinterval(switch_interval)
    try:
        for worker in workers:
            worker.start()
        deadline = _real_monotonic() + timeout
        for worker in workers:
            worker.join(max(0.0, deadline - _real_monotonic()))
    finally:
        sys.setswitchinterval(previous)
    if any(worker.is_alive() for worker in workers):
        raise TimeoutError(f"stress threads still running after {timeout} s")
    for error in errors:
        if error is not None:
            raise error
    return cast("list[T]", results)
