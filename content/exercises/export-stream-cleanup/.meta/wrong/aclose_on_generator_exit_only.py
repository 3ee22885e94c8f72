"""Closes the stream in ``alimited`` on ``aclose()`` (``except GeneratorExit``) and after
the loop, but not in ``finally``.

An exception thrown in by the consumer (``athrow()``) goes past both ``aclose()`` calls and
leaves the stream open. The visible tests only close early or take everything.
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
    async with aclosing(stream):
        async for item in stream:
            if item == stop:
                break
            items.append(item)
    return items


async def alimited(stream: AsyncGenerator[T, Any], n: int) -> AsyncIterator[T]:
    """At most ``n`` items; ``stream`` is closed when this generator ends or is closed."""
    try:
        count = 0
        if n > 0:
            async for item in stream:
                yield item
                count += 1
                if count == n:
                    break
    except GeneratorExit:
        await stream.aclose()
        raise
    await stream.aclose()
