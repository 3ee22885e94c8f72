"""Waits without a lock: every waiter sleeps for its own missing tokens and retries.

It looks fine with one waiter. With several, whoever wakes up when enough tokens are there
takes them, so a small request that arrived later is served before a big one that was
waiting: first come, first served is not kept.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable


class TokenBucket:
    def __init__(
        self,
        rate: float,
        capacity: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(capacity)
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    @property
    def available(self) -> float:
        self._refill()
        return self._tokens

    def try_acquire(self, tokens: int = 1) -> bool:
        if tokens < 1 or tokens > self.capacity:
            raise ValueError(f"tokens must be between 1 and {self.capacity}")
        self._refill()
        if self._tokens < tokens:
            return False
        self._tokens -= tokens
        return True

    async def acquire(self, tokens: int = 1) -> float:
        started = self._clock()
        while not self.try_acquire(tokens):
            await self._sleep((tokens - self._tokens) / self.rate)
        return self._clock() - started
