"""Closing generators at a known point: implement the functions below."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


def first_match(rows: Generator[T, Any, Any], predicate: Callable[[T], object]) -> T | None:
    """The first row for which ``predicate`` is true, or ``None``; ``rows`` is closed
    before this returns or raises."""
    raise NotImplementedError


def limited(rows: Generator[T, Any, Any], n: int) -> Iterator[T]:
    """At most ``n`` rows; ``rows`` is closed when this generator ends or is closed."""
    raise NotImplementedError


async def collect_until(stream: AsyncGenerator[T, Any], stop: T) -> list[T]:
    """The items before the first one equal to ``stop``; ``stream`` is closed before this
    returns or raises."""
    raise NotImplementedError


async def alimited(stream: AsyncGenerator[T, Any], n: int) -> AsyncIterator[T]:
    """At most ``n`` items; ``stream`` is closed when this generator ends or is closed."""
    raise NotImplementedError
    yield  # makes this an async generator
