"""Closes the source with ``await pages.aclose()`` after the loop instead of in a ``finally``.

The normal and the limited paths close it, but an exception from the sink skips the
``aclose``: a failed insert leaves the connection open. The visible tests catch it.
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
    source = aiter(pages)
    if limit != 0:
        async for page in source:
            stop = False
            for row in page:
                batch.append(row)
                sent += 1
                if len(batch) == batch_size:
                    await sink(batch)
                    batch = []
                if sent == limit:
                    stop = True
                    break
            if stop:
                break
    if batch:
        await sink(batch)
    await source.aclose()  # type: ignore[attr-defined]
    return sent
