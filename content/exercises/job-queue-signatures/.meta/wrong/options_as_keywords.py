"""Takes the options as keyword-only parameters of ``enqueue`` itself:
``def enqueue(self, func, /, *args, priority=0, retries=0, **kwargs)``.

This is the design the task replaces: a job's own keyword argument called ``priority`` or
``retries`` is taken by the queue and never reaches the job. ``with_options`` is a
``functools.partial`` of that ``enqueue``. The visible tests catch it.
"""

from __future__ import annotations

import functools
import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def retry_delay(
    attempt: int, /, base: float = 1.0, *, factor: float = 2.0, cap: float = 60.0
) -> float:
    if attempt < 1:
        raise ValueError(f"attempt must be at least 1, got {attempt}")
    try:
        delay = base * factor ** (attempt - 1)
    except OverflowError:
        return float(cap)
    return float(min(cap, delay))


@dataclass(frozen=True)
class Job:
    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    priority: int = 0
    retries: int = 0


class _Options:
    def __init__(self, enqueue: Callable[..., Job]) -> None:
        self.enqueue = enqueue


class JobQueue:
    def __init__(self) -> None:
        self._heap: list[tuple[int, int, Job]] = []
        self._order = itertools.count()

    def __len__(self) -> int:
        return len(self._heap)

    def enqueue(
        self,
        func: Callable[..., object],
        /,
        *args: Any,
        priority: int = 0,
        retries: int = 0,
        **kwargs: Any,
    ) -> Job:
        job = Job(func, args, dict(kwargs), priority, retries)
        heapq.heappush(self._heap, (-priority, next(self._order), job))
        return job

    def with_options(self, *, priority: int = 0, retries: int = 0) -> _Options:
        if not 0 <= priority <= 9:
            raise ValueError(f"priority must be between 0 and 9, got {priority}")
        if retries < 0:
            raise ValueError(f"retries cannot be negative, got {retries}")
        return _Options(functools.partial(self.enqueue, priority=priority, retries=retries))

    def run_next(self) -> object:
        if not self._heap:
            raise IndexError("the job queue is empty")
        job = heapq.heappop(self._heap)[2]
        try:
            return job.func(*job.args, **job.kwargs)
        except Exception:
            if job.retries > 0:
                retry = Job(job.func, job.args, job.kwargs, job.priority, job.retries - 1)
                heapq.heappush(self._heap, (-job.priority, next(self._order), retry))
            raise
