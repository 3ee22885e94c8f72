"""An asyncio cache in front of a slow backend: one load per key at a time, kept for a while."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["AsyncCache"]

Loader = Callable[[str], Awaitable[Any]]


class AsyncCache:
    """Caches what ``loader(key)`` returns for ``ttl`` seconds of ``clock``.

    Concurrent ``get`` calls for a key share one load; a failed load is not cached.
    """

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._clock = clock
        self._values: dict[str, tuple[float, Any]] = {}
        self._loading: dict[str, asyncio.Task[Any]] = {}

    async def get(self, key: str, loader: Loader) -> Any:
        """The cached value of ``key``, or the result of the load in flight or a new one."""
        stored = self._values.get(key)
        if stored is not None and self._clock() - stored[0] < self._ttl:
            return stored[1]
        task = self._loading.get(key)
        if task is None:
            task = asyncio.ensure_future(self._load(key, loader))
            self._loading[key] = task
        return await asyncio.shield(task)

    async def _load(self, key: str, loader: Loader) -> Any:
        task = asyncio.current_task()
        try:
            value = await loader(key)
        except BaseException:
            self._forget(key, task)
            raise
        if self._forget(key, task):
            self._values[key] = (self._clock(), value)
        return value

    def _forget(self, key: str, task: asyncio.Task[Any] | None) -> bool:
        """Drop ``task`` as the load of ``key``; whether it still was that load."""
        if self._loading.get(key) is task:
            del self._loading[key]
            return True
        return False

    def invalidate(self, key: str) -> None:
        """Forget ``key``'s value; a load in flight finishes for its callers, unstored."""
        self._values.pop(key, None)
        self._loading.pop(key, None)
