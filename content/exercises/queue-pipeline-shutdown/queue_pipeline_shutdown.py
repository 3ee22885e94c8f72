"""Queue-based worker pipeline: implement run_pipeline."""

import asyncio
from collections.abc import AsyncIterable, Awaitable, Callable
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


async def run_pipeline(
    source: AsyncIterable[T],
    handle: Callable[[T], Awaitable[R]],
    *,
    workers: int,
    maxsize: int,
    stop: asyncio.Event | None = None,
) -> PipelineReport[R]:
    """Feed source items through a bounded queue to `workers` concurrent handlers."""
    raise NotImplementedError
