"""Closes a failed block's connection in a background task instead of awaiting it.

"Don't slow down the error path": the exception reaches the user while the broken
connection is still open, and nothing waits for the close. The visible test of a failed
block catches it (the connection is still open after the next block); the sealed set
also looks at the moment the exception arrives.
"""

import asyncio
import io
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import (
    AbstractContextManager,
    asynccontextmanager,
    closing,
    nullcontext,
    redirect_stdout,
)
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class LineReader(Protocol):
    def read_line(self) -> str | None: ...

    def close(self) -> None: ...


class AsyncConnection(Protocol):
    async def close(self) -> None: ...


ConnT = TypeVar("ConnT", bound=AsyncConnection)


def drain(reader: LineReader) -> list[str]:
    """Read lines until None, and close the reader whatever happens."""
    lines: list[str] = []
    with closing(reader):
        while (line := reader.read_line()) is not None:
            lines.append(line)
    return lines


def run_capturing(func: Callable[[], T]) -> tuple[T, str]:
    """Call a chatty function and return its result and everything it printed."""
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        result = func()
    return result, buffer.getvalue()


def maybe_locked(lock: AbstractContextManager[object] | None) -> AbstractContextManager[object]:
    """The lock itself, or a do-nothing context manager when there is no lock."""
    return lock if lock is not None else nullcontext()


class ConnectionPool(Generic[ConnT]):
    """At most `size` connections, created lazily, reused while healthy."""

    def __init__(self, factory: Callable[[], Awaitable[ConnT]], size: int) -> None:
        if size < 1:
            raise ValueError(f"size must be at least 1, got {size}")
        self._factory = factory
        self._slots = asyncio.Semaphore(size)
        self._idle: list[ConnT] = []
        self._closed = False
        self.created = 0

    @property
    def idle(self) -> int:
        return len(self._idle)

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[ConnT]:
        if self._closed:
            raise RuntimeError("pool is closed")
        async with self._slots:
            if self._idle:
                conn = self._idle.pop()
            else:
                conn = await self._factory()
                self.created += 1
            try:
                yield conn
            except BaseException:
                self.created -= 1
                self._closing = asyncio.ensure_future(conn.close())
                raise
            if self._closed:
                self.created -= 1
                await conn.close()
            else:
                self._idle.append(conn)

    async def close(self) -> None:
        self._closed = True
        while self._idle:
            self.created -= 1
            await self._idle.pop().close()
