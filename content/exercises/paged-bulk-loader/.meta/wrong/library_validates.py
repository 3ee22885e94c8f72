"""Leaves the validation of ``batch_size`` and ``limit`` to asyncstdlib.

``asyncstdlib.batched`` refuses a size below 1, but ``asyncstdlib.islice`` with a negative
stop quietly yields nothing: ``limit=-1`` loads no row and returns 0 instead of raising. The
visible tests catch it.
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
    sent = 0
    async with a.scoped_iter(pages) as source:
        rows = a.islice(a.chain.from_iterable(source), limit)
        async for batch in a.batched(rows, batch_size):
            await sink(list(batch))
            sent += len(batch)
    return sent
