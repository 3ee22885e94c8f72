"""One deque per priority instead of a heap, and ``with_options`` returning a namespace
whose ``enqueue`` is a closure with its own ``/``."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any


def retry_delay(
    attempt: int, /, base: float = 1.0, *, factor: float = 2.0, cap: float = 60.0
) -> float:
    if not attempt >= 1:
        raise ValueError(f"attempt {attempt} is below 1")
    delay = float(base)
    for _ in range(attempt - 1):
        if delay > cap and factor >= 1:
            break
        delay *= factor
    return float(cap) if delay > cap else delay


@dataclass(frozen=True)
class Job:
    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    priority: int = 0
    retries: int = 0


class JobQueue:
    def __init__(self) -> None:
        self._buckets: dict[int, deque[Job]] = {level: deque() for level in range(10)}

    def __len__(self) -> int:
        return sum(map(len, self._buckets.values()))

    def _add(self, job: Job) -> Job:
        self._buckets[job.priority].append(job)
        return job

    def enqueue(self, func: Callable[..., object], /, *args: Any, **kwargs: Any) -> Job:
        return self._add(Job(func, args, kwargs))

    def with_options(self, *, priority: int = 0, retries: int = 0) -> SimpleNamespace:
        if priority not in self._buckets:
            raise ValueError(f"bad priority {priority}")
        if retries < 0:
            raise ValueError(f"bad retries {retries}")

        def enqueue(func: Callable[..., object], /, *args: Any, **kwargs: Any) -> Job:
            return self._add(Job(func, args, kwargs, priority, retries))

        return SimpleNamespace(enqueue=enqueue)

    def run_next(self) -> object:
        for level in range(9, -1, -1):
            if self._buckets[level]:
                job = self._buckets[level].popleft()
                break
        else:
            raise IndexError("empty")
        try:
            return job.func(*job.args, **job.kwargs)
        except Exception:
            if job.retries:
                self._add(Job(job.func, job.args, job.kwargs, job.priority, job.retries - 1))
            raise
