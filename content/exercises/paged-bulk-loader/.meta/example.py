"""Stream rows from a paginated async source into a bulk sink, with asyncstdlib."""

from __future__ import annotations

from collections.abc import AsyncIterable, Awaitable, Callable, Sequence
from typing import TypeVar

import asyncstdlib as a

__all__ = ["load_in_batches"]

Row = TypeVar("Row")


async def load_in_batches(
    pages: AsyncIterable[Sequence[Row]],
    sink: Callable[[list[Row]], Awaitable[object]],
    *,
    batch_size: int,
    limit: int | None = None,
) -> int:
    """Send the rows of ``pages`` to ``sink`` in batches; the number of rows sent."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must not be negative, got {limit}")
    sent = 0
    async with a.scoped_iter(pages) as source:
        rows = a.islice(a.chain.from_iterable(source), limit)
        async for batch in a.batched(rows, batch_size):
            await sink(list(batch))
            sent += len(batch)
    return sent
