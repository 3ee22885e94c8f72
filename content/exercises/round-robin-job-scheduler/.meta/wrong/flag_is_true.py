"""Keeps a worker only when its flag ``is True``.

``if flag is True`` (the comparison linters suggest instead of ``== True``) drops every
worker whose flag is ``1``, which is how SQLite hands booleans back: with flags read from
the health table no worker is ever active. The visible test with ``1``/``0`` flags catches
it.
"""

from collections.abc import Collection, Iterable, Sequence
from itertools import chain, cycle, filterfalse, zip_longest
from typing import TypeVar

T = TypeVar("T")
_GAP = object()


def assign_round_robin(jobs: Iterable[str], workers: Sequence[str]) -> dict[str, list[str]]:
    """Deal jobs to workers in turn; every worker appears in the result."""
    if not workers:
        raise ValueError("at least one worker is required")
    if len(set(workers)) != len(workers):
        raise ValueError("worker names must be unique")
    plan: dict[str, list[str]] = {worker: [] for worker in workers}
    for job, worker in zip(jobs, cycle(workers)):
        plan[worker].append(job)
    return plan


def interleave(*queues: Iterable[T]) -> list[T]:
    """Take one item from each queue in turn until all are empty."""
    rounds = zip_longest(*queues, fillvalue=_GAP)
    return [item for item in chain.from_iterable(rounds) if item is not _GAP]  # type: ignore[misc]


def active_workers(workers: Sequence[str], healthy: Sequence[object]) -> list[str]:
    """The workers whose health flag is true."""
    if len(workers) != len(healthy):
        raise ValueError("workers and health flags must have the same length")
    return [worker for worker, flag in zip(workers, healthy, strict=False) if flag is True]


def pending_jobs(jobs: Iterable[str], done: Collection[str]) -> list[str]:
    """Jobs not yet done, in their original order."""
    return list(filterfalse(done.__contains__, jobs))


def schedule(
    jobs: Iterable[str], workers: Sequence[str], healthy: Sequence[object], done: Collection[str]
) -> dict[str, list[str]]:
    """Assign the pending jobs round-robin to the healthy workers."""
    available = active_workers(workers, healthy)
    if not available:
        raise ValueError("no healthy worker")
    return assign_round_robin(pending_jobs(jobs, done), available)
