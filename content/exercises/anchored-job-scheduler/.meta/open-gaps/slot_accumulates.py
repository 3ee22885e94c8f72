"""WRONG: slots advanced by repeated addition (slot += interval), accumulating float error
instead of first + k*interval.

Found by a blind attack; passes the visible tests and the sealed set: every sealed interval
is a binary fraction, so repeated addition is exact (the reference adds too).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    interval: float
    func: Callable[[], Awaitable[object]]
    max_retries: int = 0
    retry_delay: float = 1.0


@dataclass(frozen=True)
class RunRecord:
    name: str
    scheduled: float
    started: float
    finished: float
    attempts: int
    ok: bool


class Scheduler:
    def __init__(self) -> None:
        self.missed: dict[str, int] = {}
        self._jobs: list[tuple[Job, float]] = []

    def add(self, job: Job, *, delay: float | None = None) -> None:
        if job.name in self.missed:
            raise ValueError(f"job {job.name!r} already added")
        if not job.interval > 0:
            raise ValueError("interval must be positive")
        if job.max_retries < 0:
            raise ValueError("max_retries must not be negative")
        if job.retry_delay < 0:
            raise ValueError("retry_delay must not be negative")
        if delay is not None and delay < 0:
            raise ValueError("delay must not be negative")
        first = job.interval if delay is None else delay
        self._jobs.append((job, first))
        self.missed[job.name] = 0

    async def run(self, until: float) -> list[RunRecord]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        records: list[RunRecord] = []

        async def drive(job: Job, first: float) -> None:
            slot = first
            while slot < until:
                wait = start + slot - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                started = loop.time() - start
                attempts = 0
                ok = False
                while True:
                    attempts += 1
                    try:
                        await job.func()
                    except Exception:
                        if attempts > job.max_retries:
                            break
                        await asyncio.sleep(job.retry_delay * 2 ** (attempts - 1))
                    else:
                        ok = True
                        break
                finished = loop.time() - start
                records.append(RunRecord(job.name, slot, started, finished, attempts, ok))
                slot += job.interval
                while slot < finished:
                    if slot < until:
                        self.missed[job.name] += 1
                    slot += job.interval

        async with asyncio.TaskGroup() as group:
            for job, first in self._jobs:
                group.create_task(drive(job, first))
        return sorted(records, key=lambda r: (r.scheduled, r.name))
