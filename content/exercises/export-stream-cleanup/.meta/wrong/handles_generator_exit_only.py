"""Closes the rows on normal end and in ``except GeneratorExit``, but not in ``finally``.

``close()`` is covered, but an exception thrown in by the consumer (``throw()``), or raised
while pulling a row, leaves the rows open. The visible tests only close or exhaust.
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
    try:
        yield from islice(rows, n)
    except GeneratorExit:
        rows.close()
        raise
    rows.close()


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
    async with aclosing(stream):
        if n <= 0:
            return
        count = 0
        async for item in stream:
            yield item
            count += 1
            if count == n:
                return
