"""An asyncio interval scheduler for background jobs: anchored slots, no overlap,
coalesced missed runs and retries with exponential backoff."""

from __future__ import annotations

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
        self.missed: dict[str, int] = {}

    def add(self, job: Job, *, delay: float | None = None) -> None:
        """Schedule ``job``: first run ``delay`` seconds after the start (default: one interval)."""
        raise NotImplementedError

    async def run(self, until: float) -> list[RunRecord]:
        """Run every job until ``until`` seconds after now; the records of all runs."""
        raise NotImplementedError
