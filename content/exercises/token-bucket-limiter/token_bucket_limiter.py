"""Token-bucket rate limiter: implement the class below."""

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
        raise NotImplementedError

    @property
    def available(self) -> float:
        raise NotImplementedError

    def try_acquire(self, tokens: int = 1) -> bool:
        """Take tokens now if there are enough; never waits."""
        raise NotImplementedError

    async def acquire(self, tokens: int = 1) -> float:
        """Wait until tokens are available (first come, first served); return seconds waited."""
        raise NotImplementedError
