"""The standard library only: a task running ``while True`` with ``asyncio.timeout()``
around each probe and ``asyncio.sleep(interval)`` after it, cancelled at the end."""

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

    async def keep_checking() -> None:
        while True:
            at = loop.time() - started
            try:
                async with asyncio.timeout(timeout):
                    healthy = await probe()
                outcome = "up" if healthy is True else "down"
            except TimeoutError:
                outcome = "timeout"
            except Exception:
                outcome = "down"
            records.append((at, outcome))
            await asyncio.sleep(interval)

    checking = asyncio.create_task(keep_checking())
    try:
        await asyncio.sleep(duration)
    finally:
        checking.cancel()
        await asyncio.gather(checking, return_exceptions=True)
    return records
