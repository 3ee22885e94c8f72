"""A circuit breaker with an injected clock, and tenacity retry policies."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from typing import ParamSpec, TypeVar

__all__ = [
    "CircuitBreaker",
    "CircuitOpenError",
    "CircuitState",
    "retry_policy",
]

P = ParamSpec("P")
T = TypeVar("T")

TRANSIENT: tuple[type[Exception], ...] = (ConnectionError, TimeoutError)


class CircuitState(Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitOpenError(RuntimeError):
    """Raised instead of calling a dependency whose circuit is open."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"circuit open, retry in {retry_after:.1f}s")
        self.retry_after = retry_after


class CircuitBreaker:
    """Fails fast after ``failure_threshold`` consecutive failures, for ``reset_timeout`` s."""

    def __init__(
        self,
        failure_threshold: int = 3,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        raise NotImplementedError

    @property
    def failures(self) -> int:
        """Consecutive failures counted while closed."""
        raise NotImplementedError

    @property
    def state(self) -> CircuitState:
        """CLOSED, OPEN, or HALF_OPEN once ``reset_timeout`` has passed since opening."""
        raise NotImplementedError

    def call(self, func: Callable[[], T]) -> T:
        """Run ``func`` through the breaker; re-raise its exception after counting it."""
        raise NotImplementedError


def retry_policy(
    *,
    attempts: int = 4,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    retry_on: tuple[type[Exception], ...] = TRANSIENT,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """A decorator retrying ``retry_on`` errors with capped exponential backoff."""
    raise NotImplementedError
