"""A different route: the breaker stores a deadline (when the open circuit may be tried
again) instead of the opening time, and the retry policy gives tenacity its own wait
function and an ``isinstance`` predicate instead of ``wait_exponential`` and
``retry_if_exception_type``."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

import tenacity

T = TypeVar("T")

TRANSIENT: tuple[type[Exception], ...] = (ConnectionError, TimeoutError)


class CircuitState(Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitOpenError(RuntimeError):
    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__("circuit open, retry in %.1fs" % retry_after)  # noqa: UP031


class CircuitBreaker:
    def __init__(
        self,
        failure_threshold: int = 3,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not failure_threshold >= 1:
            raise ValueError(f"failure_threshold must be >= 1, got {failure_threshold}")
        if not reset_timeout > 0:
            raise ValueError(f"reset_timeout must be > 0, got {reset_timeout}")
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.clock = clock
        self._count = 0
        self._retry_at: float | None = None  # None: closed

    @property
    def failures(self) -> int:
        return self._count

    @property
    def state(self) -> CircuitState:
        if self._retry_at is None:
            return CircuitState.CLOSED
        opened_at = self._retry_at - self.reset_timeout
        if self.clock() - opened_at >= self.reset_timeout:
            return CircuitState.HALF_OPEN
        return CircuitState.OPEN

    def _open(self) -> None:
        self._retry_at = self.clock() + self.reset_timeout
        self._count = 0

    def call(self, func: Callable[[], T]) -> T:
        state = self.state
        if state is CircuitState.OPEN:
            assert self._retry_at is not None
            opened_at = self._retry_at - self.reset_timeout
            raise CircuitOpenError(opened_at + self.reset_timeout - self.clock())
        try:
            value = func()
        except Exception:
            if state is CircuitState.HALF_OPEN:
                self._open()
            else:
                self._count += 1
                if self._count == self.failure_threshold:
                    self._open()
            raise
        self._retry_at = None
        self._count = 0
        return value


def retry_policy(
    *,
    attempts: int = 4,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    retry_on: tuple[type[Exception], ...] = TRANSIENT,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    if attempts <= 0:
        raise ValueError(f"attempts must be at least 1, got {attempts}")

    def backoff(state: tenacity.RetryCallState) -> float:
        return min(max_delay, base_delay * 2 ** (state.attempt_number - 1))

    decorator: Callable[[Callable[..., T]], Callable[..., T]] = tenacity.retry(
        retry=tenacity.retry_if_exception(lambda error: isinstance(error, retry_on)),
        stop=tenacity.stop_after_attempt(attempts),
        wait=backoff,
        sleep=sleep,
        reraise=True,
    )
    return decorator


__all__ = ["CircuitBreaker", "CircuitOpenError", "CircuitState", "retry_policy"]
