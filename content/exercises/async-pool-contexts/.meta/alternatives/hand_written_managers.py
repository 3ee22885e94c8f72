"""A different route: no ``contextlib``. ``try/finally`` closes the reader, ``sys.stdout``
is swapped by hand (and put back as it was), a tiny class stands in for ``nullcontext``,
and the pool hands out a class-based async context manager, with an ``asyncio.Condition``
counting the slots instead of a semaphore and a FIFO deque of idle connections."""

from __future__ import annotations

import asyncio
import io
import sys
from collections import deque
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")


def drain(reader: Any) -> list[str]:
    try:
        return list(iter(reader.read_line, None))
    finally:
        reader.close()


def run_capturing(func: Callable[[], T]) -> tuple[T, str]:
    previous, sys.stdout = sys.stdout, io.StringIO()
    try:
        result = func()
        return result, sys.stdout.getvalue()
    finally:
        sys.stdout = previous


class _NoLock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> None:
        return None


def maybe_locked(lock: Any) -> Any:
    if lock is None:
        return _NoLock()
    return lock


class _Lease:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool
        self._conn: Any = None

    async def __aenter__(self) -> Any:
        self._conn = await self._pool._take()
        return self._conn

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._pool._give_back(self._conn, broken=exc_type is not None)


class ConnectionPool:
    def __init__(self, factory: Callable[[], Awaitable[Any]], size: int) -> None:
        if not size >= 1:
            raise ValueError(f"pool size must be 1 or more, got size={size}")
        self._factory = factory
        self._size = size
        self._in_use = 0
        self._free = asyncio.Condition()
        self._spare: deque[Any] = deque()
        self._shut = False
        self.created = 0

    @property
    def idle(self) -> int:
        return len(self._spare)

    def connection(self) -> _Lease:
        if self._shut:
            raise RuntimeError("cannot lend a connection: the pool is closed")
        return _Lease(self)

    async def _take(self) -> Any:
        async with self._free:
            await self._free.wait_for(lambda: self._in_use < self._size)
            self._in_use += 1
        try:
            if self._spare:
                return self._spare.popleft()
            conn = await self._factory()
        except BaseException:
            await self._release_slot()
            raise
        self.created += 1
        return conn

    async def _give_back(self, conn: Any, *, broken: bool) -> None:
        try:
            if broken or self._shut:
                self.created -= 1
                await conn.close()
            else:
                self._spare.append(conn)
        finally:
            await self._release_slot()

    async def _release_slot(self) -> None:
        async with self._free:
            self._in_use -= 1
            self._free.notify()

    async def close(self) -> None:
        self._shut = True
        while self._spare:
            self.created -= 1
            await self._spare.popleft().close()
