"""A background-job queue with deliberate signatures: implement it below.

The ``def`` lines are not finished: where ``/`` and ``*`` go is part of the task.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def retry_delay(attempt: int, base: float = 1.0, factor: float = 2.0, cap: float = 60.0) -> float:
    """Seconds to wait before retry number ``attempt``: exponential, never above ``cap``."""
    raise NotImplementedError


@dataclass(frozen=True)
class Job:
    """A call waiting in the queue: ``func(*args, **kwargs)`` and its options."""

    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    priority: int = 0
    retries: int = 0


class JobQueue:
    """Jobs run highest priority first, first in first out within a priority."""

    def __len__(self) -> int:
        raise NotImplementedError

    def enqueue(self, func: Callable[..., object], *args: Any, **kwargs: Any) -> Job:
        """Queue ``func(*args, **kwargs)`` with priority 0 and no retry."""
        raise NotImplementedError

    def with_options(self, priority: int = 0, retries: int = 0) -> Any:
        """An enqueuer whose jobs get ``priority`` (0-9) and ``retries`` (0 or more)."""
        raise NotImplementedError

    def run_next(self) -> object:
        """Run the next job and return its result."""
        raise NotImplementedError
