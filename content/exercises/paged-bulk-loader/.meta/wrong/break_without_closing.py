"""A hand-written loop that returns from inside ``async for`` when the limit is reached.

Leaving an ``async for`` does not close an async generator: the source stays suspended,
holding its connection, until the event loop shuts down or the garbage collector runs.
Everything else is right. The visible tests catch it (they note when the loader returned).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Awaitable, Callable, Sequence
from typing import TypeVar

Row = TypeVar("Row")


def _check(batch_size: int, limit: int | None) -> None:
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must not be negative, got {limit}")


async def load_in_batches(
    pages: AsyncIterable[Sequence[Row]],
    sink: Callable[[list[Row]], Awaitable[object]],
    *,
    batch_size: int,
    limit: int | None = None,
) -> int:
    _check(batch_size, limit)
    sent = 0
    batch: list[Row] = []
    if limit == 0:
        return 0
    async for page in pages:
        for row in page:
            batch.append(row)
            sent += 1
            if len(batch) == batch_size:
                await sink(batch)
                batch = []
            if sent == limit:
                if batch:
                    await sink(batch)
                return sent
    if batch:
        await sink(batch)
    return sent
