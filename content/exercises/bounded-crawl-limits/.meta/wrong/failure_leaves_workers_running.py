"""Starts ``limit`` workers and gathers them, but never cancels the others on a failure.

``gather`` raises the first exception and leaves the remaining workers running in the
background: they finish their fetches and even start new ones after the caller has
been told the crawl failed, and a cancelled caller leaves them all running. The visible
tests may miss it (``asyncio.run`` cancels leftovers when it ends); the sealed set sees
fetches still running when the exception arrives.
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
    source = enumerate(items)
    results: dict[int, R] = {}

    async def worker() -> None:
        for index, item in source:
            results[index] = await func(item)

    await asyncio.gather(*(worker() for _ in range(limit)))
    return [results[index] for index in range(len(results))]


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
