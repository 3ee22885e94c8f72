"""An anchored job scheduler that jumps to the next slot with math.ceil and retries with a
bounded for loop."""

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
        self._jobs: list[tuple[Job, float]] = []
        self.missed: dict[str, int] = {}

    def add(self, job: Job, *, delay: float | None = None) -> None:
        """Schedule ``job``: first run ``delay`` seconds after the start (default: one interval)."""
        problems = [
            job.name in self.missed,
            not 0 < job.interval < math.inf,
            job.max_retries < 0,
            job.retry_delay < 0,
            delay is not None and delay < 0,
        ]
        if any(problems):
            raise ValueError(f"cannot schedule {job!r} with delay {delay!r}")
        self._jobs.append((job, job.interval if delay is None else delay))
        self.missed[job.name] = 0

    async def run(self, until: float) -> list[RunRecord]:
        """Run every job until ``until`` seconds after now; the records of all runs."""
        loop = asyncio.get_running_loop()
        origin = loop.time()

        def now() -> float:
            return loop.time() - origin

        async def runs(job: Job, first: float) -> list[RunRecord]:
            made: list[RunRecord] = []
            index = 0
            while (slot := first + index * job.interval) < until:
                await asyncio.sleep(max(0.0, slot - now()))
                started = now()
                ok = False
                attempts = 0
                for attempts in range(1, job.max_retries + 2):
                    try:
                        await job.func()
                    except Exception:
                        if attempts <= job.max_retries:
                            await asyncio.sleep(job.retry_delay * 2 ** (attempts - 1))
                        continue
                    ok = True
                    break
                finished = now()
                made.append(RunRecord(job.name, slot, started, finished, attempts, ok))
                following = max(index + 1, math.ceil((finished - first) / job.interval))
                last_possible = math.ceil((until - first) / job.interval)
                self.missed[job.name] += max(0, min(following, last_possible) - index - 1)
                index = following
            return made

        batches = await asyncio.gather(*(runs(job, first) for job, first in self._jobs))
        records = [record for batch in batches for record in batch]
        records.sort(key=lambda record: (record.scheduled, record.name))
        return records
