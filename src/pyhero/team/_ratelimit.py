"""Fixed-window rate limits in Redis, shared by every web process of the team server."""

from __future__ import annotations

import time
from typing import Any

__all__ = ["RateLimiter"]


class RateLimiter:
    """Counts events per key in windows of ``window`` seconds (``INCR`` + ``EXPIRE``)."""

    def __init__(self, redis: Any, prefix: str = "pyhero:rate:") -> None:
        self.redis = redis  # a redis.asyncio.Redis
        self.prefix = prefix

    def _key(self, key: str, window: int, now: float) -> str:
        return f"{self.prefix}{key}:{window}:{int(now // window)}"

    @staticmethod
    def _wait(window: int, now: float) -> int:
        return int(window - now % window) + 1

    async def hit(self, key: str, limit: int, window: int) -> int | None:
        """Count one event: None while within ``limit``, else the seconds to wait."""
        now = time.time()
        name = self._key(key, window, now)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(name)
            pipe.expire(name, window + 1)
            count, _ = await pipe.execute()
        return None if int(count) <= limit else self._wait(window, now)

    async def blocked(self, key: str, limit: int, window: int) -> int | None:
        """Without counting: the seconds to wait when ``limit`` events happened already."""
        now = time.time()
        count = await self.redis.get(self._key(key, window, now))
        return None if count is None or int(count) < limit else self._wait(window, now)
