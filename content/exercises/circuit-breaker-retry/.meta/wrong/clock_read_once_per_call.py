"""Reads the clock once at the start of ``call`` and uses that reading to open the circuit.

A failing call that took seconds (a timeout) opens the circuit as of its start, so the
circuit half-opens that much too early. The visible tests never let the clock move during
a call; the visible test with a slow failing call catches it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from typing import ParamSpec, TypeVar

from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

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
        now = self._clock()
        if self.state is CircuitState.OPEN:
            assert self._opened_at is not None
            raise CircuitOpenError(self._opened_at + self._timeout - now)
        try:
            result = func()
        except Exception:
            self._on_failure(now)
            raise
        self._failures = 0
        self._opened_at = None
        return result

    def _on_failure(self, now: float) -> None:
        if self.state is CircuitState.HALF_OPEN:
            self._opened_at = now
            return
        self._failures += 1
        if self._failures >= self._threshold:
            self._opened_at = now
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
        retry=retry_if_exception_type(retry_on),
        sleep=sleep,
        reraise=True,
    )
