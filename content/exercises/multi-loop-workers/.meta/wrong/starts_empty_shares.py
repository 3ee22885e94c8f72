"""WRONG: run_keyed submits every one of the `processes` shares, empty ones included (each runs an
empty event loop in its own process).

Written blind. The visible tests alone do not catch it; the sealed set counts the processes
started in every seed.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def shard_for(key: str, shards: int) -> int:
    """The shard of ``key``: the same in every process and every run."""
    return zlib.crc32(key.encode("utf-8")) % shards


async def _run_share_async(handler, items, concurrency):
    semaphore = asyncio.Semaphore(concurrency)

    async def one(item):
        async with semaphore:
            return await handler(item)

    return await asyncio.gather(*(one(item) for item in items))


def _run_share(handler, items, concurrency):
    """Runs in a worker process: one event loop for the whole share."""
    return list(asyncio.run(_run_share_async(handler, items, concurrency)))


def _validate(processes: int, concurrency: int) -> None:
    if processes < 1:
        raise ValueError(f"processes must be at least 1, got {processes}")
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")


def _run_shares(handler, items, shares: list[list[int]], concurrency):
    """``shares`` holds lists of item indices, none empty; returns results in item order."""
    results: list = [None] * len(items)
    with ProcessPoolExecutor(max_workers=len(shares)) as executor:
        futures = [
            executor.submit(_run_share, handler, [items[i] for i in share], concurrency)
            for share in shares
        ]
        for share, future in zip(shares, futures, strict=False):
            for i, result in zip(share, future.result(), strict=False):
                results[i] = result
    return results


def run_on_cores(
    handler: Callable[[T], Awaitable[R]],
    items: Sequence[T],
    *,
    processes: int = 2,
    concurrency: int = 10,
) -> list[R]:
    """``await handler(item)`` for every item, spread round-robin over worker processes
    that each run one event loop; results in input order."""
    _validate(processes, concurrency)
    items = list(items)
    if not items:
        return []
    k = min(processes, len(items))
    shares = [list(range(s, len(items), k)) for s in range(k)]
    return _run_shares(handler, items, shares, concurrency)


def run_keyed(
    handler: Callable[[T], Awaitable[R]],
    items: Sequence[T],
    *,
    key: Callable[[T], str],
    processes: int = 2,
    concurrency: int = 10,
) -> list[R]:
    """Like ``run_on_cores``, but items with the same key go to the same process."""
    _validate(processes, concurrency)
    items = list(items)
    if not items:
        return []
    by_shard: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        by_shard.setdefault(shard_for(key(item), processes), []).append(i)
    shares = [by_shard.get(s, []) for s in range(processes)]
    return _run_shares(handler, items, shares, concurrency)
