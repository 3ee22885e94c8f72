"""Stream rows from a paginated async source into a bulk sink, with asyncstdlib."""

from __future__ import annotations

from collections.abc import AsyncIterable, Awaitable, Callable, Sequence
from typing import TypeVar

Row = TypeVar("Row")


async def load_in_batches(
    pages: AsyncIterable[Sequence[Row]],
    sink: Callable[[list[Row]], Awaitable[object]],
    *,
    batch_size: int,
    limit: int | None = None,
) -> int:
    raise NotImplementedError("implement load_in_batches")
