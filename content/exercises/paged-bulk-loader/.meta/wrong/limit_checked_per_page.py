"""Checks the limit at the top of each ``async for page`` iteration.

By the time the check runs, the loop has already requested the next page: with the limit
reached at the end of page 2, page 3 is fetched (and its query runs) for nothing. The
visible tests catch it.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Awaitable, Callable, Sequence
from contextlib import aclosing
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
    async with aclosing(aiter(pages)) as source:  # type: ignore[type-var]
        async for page in source:
            if limit is not None and sent >= limit:
                break
            for row in page[: None if limit is None else limit - sent]:
                batch.append(row)
                sent += 1
                if len(batch) == batch_size:
                    await sink(batch)
                    batch = []
        if batch:
            await sink(batch)
    return sent
