"""A different route: an explicit queue of turns (futures) instead of a lock, and tokens
computed from the time they were last stored instead of being refilled in place."""

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
        if not rate > 0:
            raise ValueError(f"rate must be positive, not {rate}")
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._sleep = sleep
        self._stored = float(capacity)
        self._stored_at = clock()
        self._turns: deque[asyncio.Future[None]] = deque()

    def _now_tokens(self) -> tuple[float, float]:
        now = self._clock()
        return now, min(float(self.capacity), self._stored + (now - self._stored_at) * self.rate)

    @property
    def available(self) -> float:
        return self._now_tokens()[1]

    def _validate(self, tokens: int) -> None:
        if tokens < 1 or tokens > self.capacity:
            raise ValueError(f"tokens must be from 1 to {self.capacity}, not {tokens}")

    def try_acquire(self, tokens: int = 1) -> bool:
        self._validate(tokens)
        now, have = self._now_tokens()
        if have < tokens:
            return False
        self._stored, self._stored_at = have - tokens, now
        return True

    def _pass_turn(self, turn: "asyncio.Future[None]") -> None:
        self._turns.remove(turn)
        if self._turns and not self._turns[0].done():
            self._turns[0].set_result(None)

    async def acquire(self, tokens: int = 1) -> float:
        self._validate(tokens)
        start = self._clock()
        if not self._turns and self.try_acquire(tokens):
            return 0.0
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._turns.append(turn)
        if self._turns[0] is turn:
            turn.set_result(None)
        try:
            await turn
            while not self.try_acquire(tokens):
                await self._sleep((tokens - self.available) / self.rate)
        finally:
            self._pass_turn(turn)
        return self._clock() - start
