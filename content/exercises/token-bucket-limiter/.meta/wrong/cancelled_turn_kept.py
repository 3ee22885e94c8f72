"""Keeps a FIFO queue of waiters but forgets to remove a waiter that is cancelled.

A cancelled waiter stays at the front of the queue, so everyone behind it waits forever.
The visible test cancels a lone waiter, which has nobody behind it.
"""

import asyncio
import time
from collections import deque
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
            raise ValueError(f"rate must be positive: {rate}")
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1: {capacity}")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(capacity)
        self._updated = clock()
        self._waiters: deque[asyncio.Future[None]] = deque()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(float(self.capacity), self._tokens + (now - self._updated) * self.rate)
        self._updated = now

    @property
    def available(self) -> float:
        self._refill()
        return self._tokens

    def try_acquire(self, tokens: int = 1) -> bool:
        if tokens < 1 or tokens > self.capacity:
            raise ValueError(f"tokens must be in 1..{self.capacity}, got {tokens}")
        self._refill()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    async def acquire(self, tokens: int = 1) -> float:
        if tokens < 1 or tokens > self.capacity:
            raise ValueError(f"tokens must be in 1..{self.capacity}, got {tokens}")
        start = self._clock()
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(turn)
        if self._waiters[0] is turn:
            turn.set_result(None)
        await turn
        while not self.try_acquire(tokens):
            await self._sleep((tokens - self._tokens) / self.rate)
        self._waiters.popleft()
        if self._waiters:
            self._waiters[0].set_result(None)
        return self._clock() - start
