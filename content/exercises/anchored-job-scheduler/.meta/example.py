"""An asyncio interval scheduler for background jobs: anchored slots, no overlap,
coalesced missed runs and retries with exponential backoff."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    """A coroutine function to run every ``interval`` seconds."""

    name: str
    interval: float
    func: Callable[[], Awaitable[object]]
    max_retries: int = 0
    retry_delay: float = 1.0


@dataclass(frozen=True)
class RunRecord:
    """One run of a job; times are seconds since ``run`` started."""

    name: str
    scheduled: float
    started: float
    finished: float
    attempts: int
    ok: bool


class Scheduler:
    """Runs its jobs concurrently on the running event loop until a deadline."""

    def __init__(self) -> None:
        self._jobs: dict[str, tuple[Job, float | None]] = {}
        self.missed: dict[str, int] = {}

    def add(self, job: Job, *, delay: float | None = None) -> None:
        """Schedule ``job``: first run ``delay`` seconds after the start (default: one interval)."""
        if job.name in self._jobs:
            raise ValueError(f"a job named {job.name!r} is already scheduled")
        if not (job.interval > 0 and math.isfinite(job.interval)):
            raise ValueError(f"interval must be a finite positive number, got {job.interval}")
        if job.max_retries < 0 or job.retry_delay < 0:
            raise ValueError("max_retries and retry_delay must not be negative")
        if delay is not None and delay < 0:
            raise ValueError(f"delay must not be negative, got {delay}")
        self._jobs[job.name] = (job, delay)
        self.missed[job.name] = 0

    async def run(self, until: float) -> list[RunRecord]:
        """Run every job until ``until`` seconds after now; the records of all runs."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        records: list[RunRecord] = []
        async with asyncio.TaskGroup() as group:
            for job, delay in self._jobs.values():
                first = job.interval if delay is None else delay
                group.create_task(self._loop(job, start, first, until, records))
        return sorted(records, key=lambda record: (record.scheduled, record.name))

    async def _loop(
        self, job: Job, start: float, slot: float, until: float, records: list[RunRecord]
    ) -> None:
        loop = asyncio.get_running_loop()
        while slot < until:
            await asyncio.sleep(start + slot - loop.time())
            started = loop.time() - start
            attempts, ok = await _attempt(job)
            finished = loop.time() - start
            records.append(RunRecord(job.name, slot, started, finished, attempts, ok))
            slot += job.interval
            while slot < finished and slot < until:
                self.missed[job.name] += 1
                slot += job.interval


async def _attempt(job: Job) -> tuple[int, bool]:
    attempts = 0
    while True:
        attempts += 1
        try:
            await job.func()
        except Exception:
            if attempts > job.max_retries:
                return attempts, False
            await asyncio.sleep(job.retry_delay * 2 ** (attempts - 1))
        else:
            return attempts, True
