"""Reference solution: an asyncio token-bucket rate limiter with an injectable clock."""

import asyncio
import time
from collections.abc import Awaitable, Callable


class TokenBucket:
    """`capacity` tokens, refilled continuously at `rate` tokens per second."""

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
        self._updated = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
        self._updated = now

    def _check(self, tokens: int) -> None:
        if not 1 <= tokens <= self.capacity:
            raise ValueError(f"tokens must be between 1 and {self.capacity}, got {tokens}")

    @property
    def available(self) -> float:
        self._refill()
        return self._tokens

    def try_acquire(self, tokens: int = 1) -> bool:
        """Take tokens now if there are enough; never waits."""
        self._check(tokens)
        self._refill()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    async def acquire(self, tokens: int = 1) -> float:
        """Wait until tokens are available (first come, first served); return seconds waited."""
        self._check(tokens)
        start = self._clock()
        async with self._lock:
            while not self.try_acquire(tokens):
                await self._sleep((tokens - self._tokens) / self.rate)
        return self._clock() - start
