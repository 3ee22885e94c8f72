"""Appends each result when its call finishes.

The limit and the lazy feeding are right, but the results come back in the order the
fetches finished, not the order of the items. The visible tests catch it.
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
    source = iter(items)
    results: list[R] = []

    async def worker() -> None:
        for item in source:
            results.append(await func(item))

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    try:
        await asyncio.gather(*workers)
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return results


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
