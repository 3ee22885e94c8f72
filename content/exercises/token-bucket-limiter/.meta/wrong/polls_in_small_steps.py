"""Polls every 10 ms instead of sleeping for the missing time.

It is fair (a lock) and takes tokens only when there are enough, but it wakes up a hundred
times a second per waiting bucket, and it never sleeps "exactly the missing time". The
visible test that checks the sleeps catches it.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable

POLL = 0.01


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
            raise ValueError("rate must be positive")
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.rate, self.capacity = rate, capacity
        self._clock, self._sleep = clock, sleep
        self._tokens, self._at = float(capacity), clock()
        self._lock = asyncio.Lock()

    @property
    def available(self) -> float:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._at) * self.rate)
        self._at = now
        return self._tokens

    def try_acquire(self, tokens: int = 1) -> bool:
        if not 1 <= tokens <= self.capacity:
            raise ValueError(f"tokens must be 1..{self.capacity}")
        if self.available >= tokens:
            self._tokens -= tokens
            return True
        return False

    async def acquire(self, tokens: int = 1) -> float:
        if not 1 <= tokens <= self.capacity:
            raise ValueError(f"tokens must be 1..{self.capacity}")
        start = self._clock()
        async with self._lock:
            while not self.try_acquire(tokens):
                await self._sleep(POLL)
        return self._clock() - start
