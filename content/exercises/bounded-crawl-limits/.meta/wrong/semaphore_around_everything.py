"""Guards each call with a semaphore but creates every coroutine up front with ``gather``.

Never more than ``limit`` calls run, yet the whole input is read and a coroutine object
exists for every item before the first call starts, and ``gather`` leaves the other calls
running when one fails. The visible tests catch it (lazy feeding, cancellation).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TypeVar

import httpx

T = TypeVar("T")
R = TypeVar("R")


async def bounded_map(
    func: Callable[[T], Awaitable[R]], items: Iterable[T], *, limit: int
) -> list[R]:
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    gate = asyncio.Semaphore(limit)

    async def guarded(item: T) -> R:
        async with gate:
            return await func(item)

    return list(await asyncio.gather(*(guarded(item) for item in items)))


async def fetch_statuses(
    base_url: str, paths: Sequence[str], *, max_connections: int
) -> list[tuple[str, int]]:
    """GET every path through one client that opens at most ``max_connections``
    connections at a time; ``(path, status code)`` in input order."""
    if max_connections < 1:
        raise ValueError(f"max_connections must be at least 1, got {max_connections}")
    limits = httpx.Limits(max_connections=max_connections)
    async with httpx.AsyncClient(base_url=base_url, limits=limits) as client:
        responses = await asyncio.gather(*(client.get(path) for path in paths))
    return [(path, response.status_code) for path, response in zip(paths, responses, strict=True)]
