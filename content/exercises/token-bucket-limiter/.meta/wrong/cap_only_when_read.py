"""Caps the tokens at ``capacity`` only in the ``available`` property.

``try_acquire`` refills without the cap, so after a long idle period the bucket holds far
more than its capacity and lets a burst through, which is exactly what a token bucket must
prevent. The visible test of the cap reads ``available``, which is capped.
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
            raise ValueError("rate must be > 0")
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.rate, self.capacity = rate, capacity
        self._clock, self._sleep = clock, sleep
        self._tokens: float = capacity
        self._stamp = clock()
        self._lock = asyncio.Lock()

    def _add_elapsed(self) -> None:
        now = self._clock()
        self._tokens += (now - self._stamp) * self.rate
        self._stamp = now

    @property
    def available(self) -> float:
        self._add_elapsed()
        self._tokens = min(self._tokens, self.capacity)
        return float(self._tokens)

    def try_acquire(self, tokens: int = 1) -> bool:
        if not 1 <= tokens <= self.capacity:
            raise ValueError(f"tokens out of range: {tokens}")
        self._add_elapsed()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    async def acquire(self, tokens: int = 1) -> float:
        if not 1 <= tokens <= self.capacity:
            raise ValueError(f"tokens out of range: {tokens}")
        start = self._clock()
        async with self._lock:
            while not self.try_acquire(tokens):
                await self._sleep((tokens - self._tokens) / self.rate)
        return self._clock() - start
