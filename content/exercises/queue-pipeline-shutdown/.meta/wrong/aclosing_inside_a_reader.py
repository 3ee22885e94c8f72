"""Wraps the source in a reader whose own async generator closes the source with
``async with aclosing(...)``, and never closes that generator.

When the stop event ends the reading early, the reader's generator stays suspended inside
its ``async with``, and the source with it. The reader and its generator refer to each
other, a reference cycle: only the garbage collector finalises them, and asyncio then closes
the generator (and the source) in a task of its own, at a moment nobody chose. The cleanup
must run because the producer finished, not because the collector happened to run.
"""

import asyncio
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
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


class _Reader(Generic[T]):
    """The source's items; the source is closed when they are all read."""

    def __init__(self, source: AsyncIterable[T]) -> None:
        self._source = source
        self._items = self._read()

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await anext(self._items)

    async def _read(self) -> AsyncIterator[T]:
        if isinstance(self._source, AsyncGenerator):
            async with aclosing(self._source):
                async for item in self._source:
                    yield item
        else:
            async for item in self._source:
                yield item


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
        reader = _Reader(source)
        index = 0
        while True:
            if stop is not None and stop.is_set():
                stopped_early = True
                break
            try:
                item = await anext(reader)
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
