"""Wraps the lock in a generator-based context manager that yields the lock object.

The lock is held in the block and released after it, so the original test passed, but
``maybe_locked`` no longer returns the lock itself: ``as`` binds the lock object instead of
what its ``__enter__`` returns (``True`` for ``threading.Lock``), and a lock whose
``__exit__`` suppresses the block's exception cannot, because the generator re-raises it.
The visible test of the value bound by ``as`` catches it.
"""

import asyncio
import io
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import (
    AbstractContextManager,
    asynccontextmanager,
    closing,
    contextmanager,
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


@contextmanager
def maybe_locked(lock: AbstractContextManager[object] | None) -> Iterator[object]:
    """The lock itself, or a do-nothing context manager when there is no lock."""
    if lock is None:
        yield None
        return
    with lock:
        yield lock


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
                await conn.close()
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
