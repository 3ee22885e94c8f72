"""Spreading async work over several processes, one event loop each: implement below."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def shard_for(key: str, shards: int) -> int:
    """The shard of ``key``: the same in every process and every run."""
    raise NotImplementedError


def run_on_cores(
    handler: Callable[[T], Awaitable[R]],
    items: Sequence[T],
    *,
    processes: int = 2,
    concurrency: int = 10,
) -> list[R]:
    """``await handler(item)`` for every item, spread round-robin over worker processes
    that each run one event loop; results in input order."""
    raise NotImplementedError


def run_keyed(
    handler: Callable[[T], Awaitable[R]],
    items: Sequence[T],
    *,
    key: Callable[[T], str],
    processes: int = 2,
    concurrency: int = 10,
) -> list[R]:
    """Like ``run_on_cores``, but items with the same key go to the same process."""
    raise NotImplementedError
