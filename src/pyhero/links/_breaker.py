"""A per-host circuit breaker: stop calling a host that keeps failing, try again later."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["CircuitBreaker"]


@dataclass(slots=True)
class _Host:
    failures: int = 0
    opened_at: float | None = None
    trial: bool = False


class CircuitBreaker:
    """Closed until ``threshold`` consecutive failures, then open for ``cooldown`` seconds;
    after that one trial request is let through (half-open): success closes the circuit,
    failure opens it again."""

    def __init__(
        self,
        threshold: int,
        cooldown: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if threshold < 1:
            raise ValueError(f"threshold must be at least 1, got {threshold}")
        self.threshold = threshold
        self.cooldown = cooldown
        self._clock = clock
        self._hosts: dict[str, _Host] = {}

    def allow(self, host: str) -> bool:
        """May a request to ``host`` go out now?"""
        state = self._hosts.get(host)
        if state is None or state.opened_at is None:
            return True
        if state.trial or self._clock() - state.opened_at < self.cooldown:
            return False
        state.trial = True  # half-open: exactly one trial
        return True

    def is_open(self, host: str) -> bool:
        state = self._hosts.get(host)
        return state is not None and state.opened_at is not None

    def failures(self, host: str) -> int:
        state = self._hosts.get(host)
        return 0 if state is None else state.failures

    def record_success(self, host: str) -> None:
        self._hosts.pop(host, None)

    def record_failure(self, host: str) -> None:
        state = self._hosts.setdefault(host, _Host())
        state.failures += 1
        state.trial = False
        if state.opened_at is not None or state.failures >= self.threshold:
            state.opened_at = self._clock()
