"""A hand-written loop that starts a run every ``interval`` seconds.

Each run is a task and the loop sleeps ``interval`` after starting it: a fixed rate, not
the fixed pause after each run that the instructions (and ``PeriodicCallback``) use, so
start times drift apart from the expected ones as soon as a run takes time, and slow runs
overlap. The visible tests catch it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

Probe = Callable[[], Awaitable[bool]]


async def watch(
    probe: Probe, *, interval: float, timeout: float, duration: float
) -> list[tuple[float, str]]:
    if interval <= 0 or timeout <= 0 or duration < 0:
        raise ValueError("interval and timeout must be positive, duration not negative")
    loop = asyncio.get_running_loop()
    started = loop.time()
    records: list[tuple[float, str]] = []

    async def check() -> None:
        at = loop.time() - started
        try:
            outcome = "up" if await asyncio.wait_for(probe(), timeout) is True else "down"
        except TimeoutError:
            outcome = "timeout"
        except Exception:
            outcome = "down"
        records.append((at, outcome))

    async def ticker() -> None:
        while True:
            runs.add(asyncio.create_task(check()))
            await asyncio.sleep(interval)

    runs: set[asyncio.Task[None]] = set()
    schedule = asyncio.create_task(ticker())
    await asyncio.sleep(duration)
    schedule.cancel()
    for run in runs:
        run.cancel()
    await asyncio.gather(schedule, *runs, return_exceptions=True)
    return records
