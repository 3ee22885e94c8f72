"""Returns after ``duration`` without stopping the periodic callback.

The records are right, but the probe keeps running, every interval, for as long as the
event loop lives: in a release tool, long after the watch is over. The visible tests catch
it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import aiomisc

__all__ = ["watch"]

Probe = Callable[[], Awaitable[bool]]


async def watch(
    probe: Probe, *, interval: float, timeout: float, duration: float
) -> list[tuple[float, str]]:
    """Run ``probe`` until ``duration`` seconds have passed, waiting ``interval`` seconds
    after each run; each run's start time and outcome, in order."""
    if interval <= 0 or timeout <= 0 or duration < 0:
        raise ValueError("interval and timeout must be positive, duration not negative")
    loop = asyncio.get_running_loop()
    started = loop.time()
    records: list[tuple[float, str]] = []

    @aiomisc.timeout(timeout)
    async def guarded() -> bool:
        return await probe()

    async def check() -> None:
        at = loop.time() - started
        try:
            outcome = "up" if await guarded() is True else "down"
        except TimeoutError:
            outcome = "timeout"
        except Exception:
            outcome = "down"
        records.append((at, outcome))

    periodic = aiomisc.PeriodicCallback(check)
    periodic.start(interval)
    await asyncio.sleep(duration)
    return records
