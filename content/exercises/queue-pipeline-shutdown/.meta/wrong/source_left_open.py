"""Never closes the source: the producer just stops reading.

An async generator that is not exhausted keeps its cleanup (a connection, a file) pending
until the event loop shuts down and closes it. ``asyncio.run`` does that at the very end, so
the original test, which looked at the source after ``asyncio.run``, saw it closed; the
visible test that looks when ``run_pipeline`` returns catches it.
"""

import asyncio
from collections.abc import AsyncIterable, Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class PipelineReport(Generic[R]):
    """Results and errors by item index (ascending), and whether a stop cut the source short."""

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
    """Feed source items through a bounded queue to `workers` concurrent handlers."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if maxsize < 1:
        raise ValueError(f"maxsize must be at least 1, got {maxsize}")
    queue: asyncio.Queue[tuple[int, T] | None] = asyncio.Queue(maxsize)
    results: dict[int, R] = {}
    errors: dict[int, str] = {}
    stopped_early = False

    async def produce() -> None:
        nonlocal stopped_early
        iterator = aiter(source)
        index = 0
        while True:
            if stop is not None and stop.is_set():
                stopped_early = True
                break
            try:
                item = await anext(iterator)
            except StopAsyncIteration:
                break
            await queue.put((index, item))
            index += 1
        for _ in range(workers):
            await queue.put(None)

    async def work() -> None:
        while (entry := await queue.get()) is not None:
            index, item = entry
            try:
                results[index] = await handle(item)
            except Exception as exc:
                errors[index] = f"{type(exc).__name__}: {exc}"

    async with asyncio.TaskGroup() as group:
        group.create_task(produce())
        for _ in range(workers):
            group.create_task(work())
    return PipelineReport(sorted(results.items()), sorted(errors.items()), stopped_early)
