"""Cuts each page into batches on its own (``itertools.batched`` per page).

Batches never cross a page boundary: pages of 2 rows with ``batch_size=3`` give batches of
2, twice as many inserts as needed. The visible tests catch it.
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
    async with aclosing(aiter(pages)) as source:  # type: ignore[type-var]
        async for page in source:
            rows = list(page[: None if limit is None else limit - sent])
            for start in range(0, len(rows), batch_size):
                await sink(rows[start : start + batch_size])
            sent += len(rows)
            if limit is not None and sent >= limit:
                break
    return sent
