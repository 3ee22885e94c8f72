"""A hand-written loop inside ``contextlib.aclosing``: a row counter, a batch buffer, and a
``return`` as soon as the limit-th row is buffered."""

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
    if limit == 0:
        return 0
    sent = 0
    batch: list[Row] = []
    async with aclosing(aiter(pages)) as source:  # type: ignore[type-var]
        async for page in source:
            for row in page:
                batch.append(row)
                sent += 1
                if len(batch) == batch_size or sent == limit:
                    await sink(batch)
                    batch = []
                if sent == limit:
                    return sent
        if batch:
            await sink(batch)
    return sent
