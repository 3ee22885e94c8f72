"""A feeder that acquires a semaphore slot before it takes each item and starts a task for
it (each finished task gives its slot back), results read from the tasks in order, and the
first failure found among the tasks re-raised."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TypeVar

import httpx

T = TypeVar("T")
R = TypeVar("R")


def _first_failure(tasks: list[asyncio.Task[R]]) -> BaseException | None:
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            return task.exception()
    return None


async def bounded_map(
    func: Callable[[T], Awaitable[R]], items: Iterable[T], *, limit: int
) -> list[R]:
    if limit < 1:
        raise ValueError(f"bad limit {limit}")
    slots = asyncio.Semaphore(limit)
    source = iter(items)
    tasks: list[asyncio.Task[R]] = []

    async def call(item: T) -> R:
        return await func(item)

    try:
        while True:
            await slots.acquire()
            failure = _first_failure(tasks)
            if failure is not None:
                raise failure
            try:
                item = next(source)
            except StopIteration:
                break
            task = asyncio.create_task(call(item))
            task.add_done_callback(lambda _: slots.release())
            tasks.append(task)
        if tasks:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        failure = _first_failure(tasks)
        if failure is not None:
            raise failure
        return [task.result() for task in tasks]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def fetch_statuses(
    base_url: str, paths: Sequence[str], *, max_connections: int
) -> list[tuple[str, int]]:
    if max_connections < 1:
        raise ValueError(f"bad max_connections {max_connections}")
    limits = httpx.Limits(max_connections=max_connections)
    async with httpx.AsyncClient(base_url=base_url, limits=limits) as client:
        tasks = [asyncio.create_task(client.get(path)) for path in paths]
        if tasks:
            await asyncio.wait(tasks)
    return [(path, task.result().status_code) for path, task in zip(paths, tasks, strict=True)]
