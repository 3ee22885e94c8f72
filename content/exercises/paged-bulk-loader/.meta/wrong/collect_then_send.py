"""Reads every row up to the limit with ``asyncstdlib.list`` first, then inserts in batches.

The result and the batches are right and the source is closed, but nothing is inserted until
every page has been fetched: the whole table sits in memory. The visible tests catch it (an
insert must come before the next page).
"""

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
        rows = await a.list(a.islice(a.chain.from_iterable(source), limit))
        for start in range(0, len(rows), batch_size):
            await sink(rows[start : start + batch_size])
            sent += len(rows[start : start + batch_size])
    return sent
