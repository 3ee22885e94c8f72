"""Reports ``stopped_early`` as ``stop.is_set()`` once everything is done.

A stop that arrives after the source ran out, while the last handlers still work, is
reported as having cut the source short. The original tests set the event only while the
source still had items; the visible test that sets it after the source ran out catches it.
"""

import asyncio
from collections.abc import AsyncGenerator, AsyncIterable, Awaitable, Callable
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

    async def produce() -> None:
        iterator = aiter(source)
        index = 0
        try:
            while True:
                if stop is not None and stop.is_set():
                    break
                try:
                    item = await anext(iterator)
                except StopAsyncIteration:
                    break
                await queue.put((index, item))
                index += 1
        finally:
            if isinstance(iterator, AsyncGenerator):
                await iterator.aclose()
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
    stopped_early = stop is not None and stop.is_set()
    return PipelineReport(sorted(results.items()), sorted(errors.items()), stopped_early)
