"""``try``/``finally`` with explicit ``close()``/``aclose()`` calls and counting loops,
instead of ``contextlib.closing``/``aclosing`` and ``islice``."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


def first_match(rows: Generator[T, Any, Any], predicate: Callable[[T], object]) -> T | None:
    try:
        for row in rows:
            if predicate(row):
                return row
        return None
    finally:
        rows.close()


def limited(rows: Generator[T, Any, Any], n: int) -> Iterator[T]:
    try:
        for _ in range(n):
            try:
                row = next(rows)
            except StopIteration:
                return
            yield row
    finally:
        rows.close()


async def collect_until(stream: AsyncGenerator[T, Any], stop: T) -> list[T]:
    items: list[T] = []
    try:
        while True:
            try:
                item = await stream.__anext__()
            except StopAsyncIteration:
                break
            if stop == item:
                break
            items.append(item)
    finally:
        await stream.aclose()
    return items


async def alimited(stream: AsyncGenerator[T, Any], n: int) -> AsyncIterator[T]:
    try:
        left = n
        while left > 0:
            try:
                item = await anext(stream)
            except StopAsyncIteration:
                break
            left -= 1
            yield item
    finally:
        await stream.aclose()
