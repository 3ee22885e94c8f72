"""Bounded concurrency for many async tasks and for an HTTP client: implement below."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


async def bounded_map(
    func: Callable[[T], Awaitable[R]], items: Iterable[T], *, limit: int
) -> list[R]:
    """``[await func(item) for item in items]`` with at most ``limit`` calls at a time."""
    raise NotImplementedError


async def fetch_statuses(
    base_url: str, paths: Sequence[str], *, max_connections: int
) -> list[tuple[str, int]]:
    """GET every path with at most ``max_connections`` connections at a time."""
    raise NotImplementedError
