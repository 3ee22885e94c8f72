"""Sealed cases for health-watch-periodic: on the virtual-time loop, probes that answer
True, False or None, raise, or hang past the timeout, in any mix; intervals shorter and
longer than the runs; durations that end mid-run, mid-pause and before the first run ends.
Every delay is a multiple of 1/8 s, every timeout an odd multiple of 1/16 s and every
duration ends 1/32 s off that grid, so no two events ever fall at the same instant.
Observed: the records, when ``watch`` returned, and whether the probe ran afterwards."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "health_watch_periodic"


async def watching(solution, plan, interval, timeout, duration):  # type: ignore[no-untyped-def]
    """Run ``watch`` over a probe following ``plan``; records, end time, later calls."""
    answers = list(plan)
    calls = 0

    async def probe() -> Any:
        nonlocal calls
        calls += 1
        delay, answer = answers.pop(0) if answers else (0.125, True)
        await asyncio.sleep(delay)
        if answer == "error":
            raise ConnectionError("replica refused the connection")
        return answer

    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        records: Any = await solution.watch(
            probe, interval=interval, timeout=timeout, duration=duration
        )
    except ValueError:
        return {"result": "raised ValueError", "calls": calls}
    ended = loop.time() - start
    before = calls
    await asyncio.sleep(4 * (interval + timeout) + 1)
    return {
        "result": [list(record) for record in records],
        "returned_at": ended,
        "calls_after_return": calls - before,
    }


def cases(rng: random.Random) -> Iterator[Case]:
    """About 30 watches (one of duration 0: no record) and a few refused ones."""
    answers = (True, True, True, False, None, "error")
    for _ in range(28):
        timeout = rng.choice((1, 3, 5, 9, 17)) / 16
        plan = [[rng.randint(0, 12) / 8, gen.pick(rng, answers)] for _ in range(rng.randint(0, 8))]
        interval = rng.randint(1, 12) / 8
        duration = rng.randint(0, 40) / 8 + 1 / 32
        yield Case.probe(watching, plan, interval, timeout, duration)
    yield Case.probe(watching, [[0.5, True]], 1, 0.75, 0)
    for interval, timeout, duration in ((0, 1, 5), (-1, 1, 5), (1, 0, 5), (1, -0.5, 5), (1, 1, -1)):
        yield Case.probe(watching, [], interval, timeout, duration)
