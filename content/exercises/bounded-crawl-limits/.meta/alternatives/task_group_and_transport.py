"""An ``asyncio.TaskGroup`` of ``limit`` workers that feed on a shared iterator (the group
cancels and awaits the others when one fails, and the first error is taken out of its
``ExceptionGroup``), and the connection limit set on an ``AsyncHTTPTransport``."""

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
    if limit <= 0:
        raise ValueError("limit must be positive")
    pending = iter(items)
    slots: list[R | None] = []

    async def worker() -> None:
        while True:
            try:
                item = next(pending)
            except StopIteration:
                return
            slots.append(None)
            position = len(slots) - 1
            slots[position] = await func(item)

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(limit):
                group.create_task(worker())
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None
    return slots  # type: ignore[return-value]


async def fetch_statuses(
    base_url: str, paths: Sequence[str], *, max_connections: int
) -> list[tuple[str, int]]:
    if max_connections <= 0:
        raise ValueError("max_connections must be positive")
    transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=max_connections))
    async with httpx.AsyncClient(transport=transport) as client:
        urls = [base_url.rstrip("/") + path for path in paths]
        responses = await asyncio.gather(*(client.get(url) for url in urls))
    return [(path, response.status_code) for path, response in zip(paths, responses, strict=True)]
