"""A different route: no sentinels. The producer fills the queue, ``queue.join()`` waits
until every entry was handled, then the workers (looping forever) are cancelled and
awaited; the source is driven through ``__anext__`` and closed through ``inspect``."""

import asyncio
import inspect
from collections.abc import AsyncIterable, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class PipelineReport(Generic[R]):
    results: list[tuple[int, R]]
    errors: list[tuple[int, str]]
    stopped_early: bool


async def run_pipeline(
    source: AsyncIterable[T],
    handle: Callable[[T], Awaitable[R]],
    *,
    workers: int,
    maxsize: int,
    stop: asyncio.Event | None = None,
) -> PipelineReport[R]:
    for name, value in (("workers", workers), ("maxsize", maxsize)):
        if value < 1:
            raise ValueError(f"{name} must be a positive number, not {value}")
    queue: asyncio.Queue[tuple[int, Any]] = asyncio.Queue(maxsize=maxsize)
    outcomes: list[tuple[int, bool, Any]] = []

    async def worker() -> None:
        while True:
            index, item = await queue.get()
            try:
                outcomes.append((index, True, await handle(item)))
            except Exception as exc:
                outcomes.append((index, False, f"{exc.__class__.__name__}: {exc!s}"))
            finally:
                queue.task_done()

    pool = [asyncio.create_task(worker()) for _ in range(workers)]
    iterator = source.__aiter__()
    count = 0
    stopped = False
    try:
        while not (stopped := stop is not None and stop.is_set()):
            try:
                item = await iterator.__anext__()
            except StopAsyncIteration:
                break
            await queue.put((count, item))
            count += 1
    finally:
        if inspect.isasyncgen(iterator):
            await iterator.aclose()
        await queue.join()
        for task in pool:
            task.cancel()
        await asyncio.gather(*pool, return_exceptions=True)
    outcomes.sort(key=lambda outcome: outcome[0])
    return PipelineReport(
        [(index, value) for index, ok, value in outcomes if ok],
        [(index, value) for index, ok, value in outcomes if not ok],
        stopped,
    )
