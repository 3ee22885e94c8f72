"""``multiprocessing.Pool.starmap`` instead of ``ProcessPoolExecutor``, and inside each
process a fixed set of worker tasks pulling items from an ``asyncio.Queue`` instead of a
semaphore."""

from __future__ import annotations

import asyncio
import binascii
import multiprocessing
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def shard_for(key: str, shards: int) -> int:
    return binascii.crc32(key.encode()) % shards


async def _drain(
    handler: Callable[[Any], Awaitable[Any]], share: list[Any], workers: int
) -> list[Any]:
    queue: asyncio.Queue[tuple[int, Any]] = asyncio.Queue()
    for position, item in enumerate(share):
        queue.put_nowait((position, item))
    results: list[Any] = [None] * len(share)

    async def worker() -> None:
        while not queue.empty():
            position, item = queue.get_nowait()
            results[position] = await handler(item)

    await asyncio.gather(*(worker() for _ in range(min(workers, len(share)))))
    return results


def _process_share(
    handler: Callable[[Any], Awaitable[Any]], share: list[Any], workers: int
) -> list[Any]:
    with asyncio.Runner() as runner:
        return runner.run(_drain(handler, share, workers))


def _spread(
    handler: Any, items: Sequence[Any], groups: list[list[int]], concurrency: int
) -> list[Any]:
    groups = [group for group in groups if group]
    if not groups:
        return []
    with multiprocessing.Pool(len(groups)) as pool:
        answers = pool.starmap(
            _process_share, [(handler, [items[i] for i in group], concurrency) for group in groups]
        )
    placed = {}
    for group, answer in zip(groups, answers, strict=True):
        placed.update(zip(group, answer, strict=True))
    return [placed[index] for index in range(len(items))]


def _validate(processes: int, concurrency: int) -> None:
    if processes <= 0:
        raise ValueError("processes must be positive")
    if concurrency <= 0:
        raise ValueError("concurrency must be positive")


def run_on_cores(
    handler: Callable[[T], Awaitable[R]],
    items: Sequence[T],
    *,
    processes: int = 2,
    concurrency: int = 10,
) -> list[R]:
    _validate(processes, concurrency)
    k = min(processes, len(items))
    groups: list[list[int]] = [[] for _ in range(k)]
    for index in range(len(items)):
        groups[index % k].append(index)
    return _spread(handler, items, groups, concurrency)


def run_keyed(
    handler: Callable[[T], Awaitable[R]],
    items: Sequence[T],
    *,
    key: Callable[[T], str],
    processes: int = 2,
    concurrency: int = 10,
) -> list[R]:
    _validate(processes, concurrency)
    groups: list[list[int]] = [[] for _ in range(processes)]
    for index, item in enumerate(items):
        groups[shard_for(key(item), processes)].append(index)
    return _spread(handler, items, groups, concurrency)
