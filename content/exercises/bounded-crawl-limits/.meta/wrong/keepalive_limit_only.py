"""Sets ``max_keepalive_connections`` and lifts ``max_connections``.

The keep-alive limit only says how many idle connections the pool keeps for reuse; with
``max_connections=None`` the pool opens as many connections as there are requests
waiting. The visible tests catch it.
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
    """``[await func(item) for item in items]`` with at most ``limit`` calls at a time,
    taking items only when a call can start; the first failure cancels the rest."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    source = enumerate(items)
    results: dict[int, R] = {}

    async def worker() -> None:
        for index, item in source:
            results[index] = await func(item)

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    try:
        await asyncio.gather(*workers)
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return [results[index] for index in range(len(results))]


async def fetch_statuses(
    base_url: str, paths: Sequence[str], *, max_connections: int
) -> list[tuple[str, int]]:
    if max_connections < 1:
        raise ValueError(f"max_connections must be at least 1, got {max_connections}")
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=max_connections)
    async with httpx.AsyncClient(base_url=base_url, limits=limits) as client:
        responses = await asyncio.gather(*(client.get(path) for path in paths))
    return [(path, response.status_code) for path, response in zip(paths, responses, strict=True)]
