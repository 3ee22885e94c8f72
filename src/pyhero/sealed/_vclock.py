"""A clock that only moves when told to, and ``time`` patched to read it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import ModuleType

from pyhero.sealed._rebind import Rebinder

__all__ = ["VirtualClock", "patch_time"]

#: 2024-05-01T12:00:00Z, the wall-clock reading of a fresh clock.
DEFAULT_EPOCH = 1_714_564_800.0


class VirtualClock:
    """Virtual seconds: ``monotonic()`` starts at ``start``, ``time()`` at ``epoch``; both
    move together, by :meth:`advance`, :meth:`sleep` or the virtual event loop. Thread-safe.
    """

    def __init__(self, *, start: float = 1000.0, epoch: float = DEFAULT_EPOCH) -> None:
        self._start = start
        self._epoch = epoch
        self._elapsed = 0.0
        self._lock = threading.Lock()
        #: Every sleep() call's argument, in order.
        self.sleeps: list[float] = []

    @property
    def elapsed(self) -> float:
        """Virtual seconds since the clock was made."""
        return self._elapsed

    def monotonic(self) -> float:
        return self._start + self._elapsed

    perf_counter = monotonic

    def time(self) -> float:
        return self._epoch + self._elapsed

    def monotonic_ns(self) -> int:
        return round(self.monotonic() * 1e9)

    perf_counter_ns = monotonic_ns

    def time_ns(self) -> int:
        return round(self.time() * 1e9)

    def advance(self, seconds: float) -> None:
        """Move the clock forward; a negative amount is a ``ValueError``."""
        if not seconds >= 0:
            raise ValueError(f"a clock cannot go back: advance({seconds!r})")
        with self._lock:
            self._elapsed += seconds

    def sleep(self, seconds: float) -> None:
        """``time.sleep`` in virtual time: returns at once, the clock moved by ``seconds``."""
        if not seconds >= 0:
            raise ValueError("sleep length must be non-negative")
        self.sleeps.append(seconds)
        self.advance(seconds)

    def __repr__(self) -> str:
        return f"VirtualClock(elapsed={self._elapsed!r})"


_PATCHED = ("time", "monotonic", "perf_counter", "time_ns", "monotonic_ns", "perf_counter_ns")


@contextmanager
def patch_time(
    clock: VirtualClock, *, modules: Iterable[ModuleType] = ()
) -> Iterator[VirtualClock]:
    """Make ``time.time``, ``monotonic``, ``perf_counter`` (and their ``_ns`` forms) and
    ``sleep`` read and move ``clock`` until the block ends.

    ``modules`` (the learner's) are searched too, so that ``from time import monotonic``
    and a default argument ``clock=time.monotonic`` are patched as well. Everything is
    restored on exit. Other modules' private aliases (``threading``'s) are left alone.
    """
    rebinder = Rebinder()
    modules = list(modules)
    try:
        for name in (*_PATCHED, "sleep"):
            original = getattr(time, name)
            replacement = getattr(clock, name)
            rebinder.set_attribute(time, name, replacement)
            rebinder.replace(original, replacement, modules=modules)
        yield clock
    finally:
        rebinder.restore()
