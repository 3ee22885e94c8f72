"""Runs the items in batches of ``limit``, each batch gathered before the next starts.

The limit holds, the input is read lazily, results keep their order, and a failure
cancels the rest of its batch; but one slow fetch holds up its whole batch while the
other slots sit idle, so fewer than ``limit`` run most of the time. The visible tests'
fetches are too alike to show it; the sealed set's timeline does.
"""

from __future__ import annotations

import asyncio
import itertools
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
    while batch := list(itertools.islice(source, limit)):
        tasks = [asyncio.ensure_future(func(item)) for item in batch]
        try:
            results.extend(await asyncio.gather(*tasks))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
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
