"""No ``cycle``/``zip_longest``/``compress``: dealing by index modulo the number of
workers, the merge as a deque of live iterators rotated one step per item, the filters as
comprehensions (``zip(strict=True)`` checks the lengths)."""

from collections import deque
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def assign_round_robin(jobs: Iterable[str], workers: Sequence[str]) -> dict[str, list[str]]:
    """Deal jobs to workers in turn; every worker appears in the result."""
    if not workers:
        raise ValueError("no workers to assign jobs to")
    plan: dict[str, list[str]] = {}
    for worker in workers:
        if worker in plan:
            raise ValueError(f"worker {worker!r} is listed twice")
        plan[worker] = []
    for index, job in enumerate(jobs):
        plan[workers[index % len(workers)]].append(job)
    return plan


def interleave(*queues: Iterable[T]) -> list[T]:
    """Take one item from each queue in turn until all are empty."""
    live: deque[Iterator[T]] = deque(iter(queue) for queue in queues)
    merged: list[T] = []
    while live:
        iterator = live.popleft()
        try:
            merged.append(next(iterator))
        except StopIteration:
            continue
        live.append(iterator)
    return merged


def active_workers(workers: Sequence[str], healthy: Sequence[object]) -> list[str]:
    """The workers whose health flag is true."""
    return [worker for worker, flag in zip(workers, healthy, strict=True) if flag]


def pending_jobs(jobs: Iterable[str], done: Collection[str]) -> list[str]:
    """Jobs not yet done, in their original order."""
    finished = set(done)
    return [job for job in jobs if job not in finished]


def schedule(
    jobs: Iterable[str], workers: Sequence[str], healthy: Sequence[object], done: Collection[str]
) -> dict[str, list[str]]:
    """Assign the pending jobs round-robin to the healthy workers."""
    available = active_workers(workers, healthy)
    if not available:
        raise ValueError("no healthy worker")
    return assign_round_robin(pending_jobs(jobs, done), available)
