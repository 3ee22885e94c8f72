"""Leaves the ``async for`` loop with ``break`` and never closes the stream.

The async generator stays suspended until the event loop shuts down (or forever, on a
long-running server), and its ``finally`` then runs far from here, maybe without a loop to
await in. The visible tests catch it.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from contextlib import aclosing, closing
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")


def first_match(rows: Generator[T, Any, Any], predicate: Callable[[T], object]) -> T | None:
    """The first row for which ``predicate`` is true, or ``None``; ``rows`` is closed
    before this returns or raises."""
    with closing(rows):
        for row in rows:
            if predicate(row):
                return row
    return None


def limited(rows: Generator[T, Any, Any], n: int) -> Iterator[T]:
    """At most ``n`` rows; ``rows`` is closed when this generator ends or is closed."""
    with closing(rows):
        yield from islice(rows, n)


async def collect_until(stream: AsyncGenerator[T, Any], stop: T) -> list[T]:
    """The items before the first one equal to ``stop``; ``stream`` is closed before this
    returns or raises."""
    items: list[T] = []
    async for item in stream:
        if item == stop:
            break
        items.append(item)
    return items


async def alimited(stream: AsyncGenerator[T, Any], n: int) -> AsyncIterator[T]:
    """At most ``n`` items; ``stream`` is closed when this generator ends or is closed."""
    async with aclosing(stream):
        if n <= 0:
            return
        count = 0
        async for item in stream:
            yield item
            count += 1
            if count == n:
                return
