"""Fair job distribution with cycle, zip_longest, compress and filterfalse."""

from collections.abc import Collection, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


def assign_round_robin(jobs: Iterable[str], workers: Sequence[str]) -> dict[str, list[str]]:
    """Deal jobs to workers in turn; every worker appears in the result."""
    raise NotImplementedError("assign_round_robin")


def interleave(*queues: Iterable[T]) -> list[T]:
    """Take one item from each queue in turn until all are empty."""
    raise NotImplementedError("interleave")


def active_workers(workers: Sequence[str], healthy: Sequence[object]) -> list[str]:
    """The workers whose health flag is true."""
    raise NotImplementedError("active_workers")


def pending_jobs(jobs: Iterable[str], done: Collection[str]) -> list[str]:
    """Jobs not yet done, in their original order."""
    raise NotImplementedError("pending_jobs")


def schedule(
    jobs: Iterable[str], workers: Sequence[str], healthy: Sequence[object], done: Collection[str]
) -> dict[str, list[str]]:
    """Assign the pending jobs round-robin to the healthy workers."""
    raise NotImplementedError("schedule")
