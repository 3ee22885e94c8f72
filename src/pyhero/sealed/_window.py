"""The span of one sealed case: when the recorders made in it stop recording.

What a recorder observes must not depend on when the interpreter collects objects. Inside
a case's window (the runner opens one around each case):

- the cyclic garbage collector is paused from the first recorder made (or the probe's
  call of :func:`pause_collector`) until the case's observation is encoded, so that a
  learner's object caught in a reference cycle is never finalised at a moment chosen by
  the allocator (reference counting, deterministic in CPython, still frees everything
  else at once);
- every recorder is sealed when the probe returns: a finaliser that runs later (the probe's
  own objects going away, the collector running again) leaves the observation alone.
"""

from __future__ import annotations

import functools
import gc
import inspect
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

__all__ = ["Sealable", "case_window", "enlist", "pause_collector", "sealing"]


class Sealable(Protocol):
    def seal(self) -> None: ...


class _Window:
    def __init__(self) -> None:
        self._members: list[Sealable] = []
        self._collector_was_enabled: bool | None = None

    def pause_collector(self) -> None:
        if self._collector_was_enabled is None:
            self._collector_was_enabled = gc.isenabled()
            gc.disable()

    def enlist(self, member: Sealable) -> None:
        self.pause_collector()
        self._members.append(member)

    def seal(self) -> None:
        for member in self._members:
            member.seal()

    def close(self) -> None:
        self.seal()
        if self._collector_was_enabled:
            gc.enable()


_current: _Window | None = None


@contextmanager
def case_window() -> Iterator[None]:
    """One case's window; windows do not nest (the innermost one counts)."""
    global _current
    outer, _current = _current, _Window()
    try:
        yield
    finally:
        window, _current = _current, outer
        window.close()


def enlist(member: Sealable) -> None:
    """Seal ``member`` when the current case's probe returns and pause the collector until
    the case is observed (nothing outside a window)."""
    if _current is not None:
        _current.enlist(member)


def pause_collector() -> None:
    """Pause the cyclic garbage collector until the current case is observed: from here
    on, an object dies when its last reference goes or not at all, never at a moment the
    allocator chooses (nothing outside a case; a :class:`Recorder` does it when made).

    For probes that observe liveness (weak references, finalisers, ``__del__``): what a
    learner's reference cycle keeps alive stays alive for the rest of the case.
    """
    if _current is not None:
        _current.pause_collector()


def _seal_current() -> None:
    if _current is not None:
        _current.seal()


def sealing(probe: Callable[..., Any]) -> Callable[..., Any]:
    """``probe`` that seals the current window's recorders when it returns or raises (an
    ``async def`` probe: when its coroutine ends)."""

    @functools.wraps(probe)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            value = probe(*args, **kwargs)
        except BaseException:
            _seal_current()
            raise
        if inspect.isawaitable(value):
            return _sealed_after(value)
        _seal_current()
        return value

    return call


async def _sealed_after(awaitable: Awaitable[Any]) -> Any:
    try:
        return await awaitable
    finally:
        _seal_current()
