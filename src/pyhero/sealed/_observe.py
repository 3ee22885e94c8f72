"""Observing a call: its canonical return value, or the class of what it raised."""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from types import ModuleType
from typing import Any

from pyhero.sealed._canonical import Encoded, encode_observation
from pyhero.sealed._classify import builtin_name, exception_name, safe_message
from pyhero.sealed._errors import Interrupted, SealedLimit
from pyhero.sealed._values import Json, encode_str

__all__ = ["Outcome", "current_solution", "observe", "observe_async", "observe_call"]

current_solution: ContextVar[ModuleType | None] = ContextVar("pyhero_sealed_solution", default=None)


class Outcome(Encoded):
    """What one observed call did: ``data`` is its encoded observation; ``value`` (what it
    returned) and ``exception`` (what it raised) are kept for a probe's next steps.

    Returned from a probe, or inside what a probe returns, it is observed as ``data``.
    """

    __slots__ = ("exception", "value")

    def __init__(self, data: Json, value: Any = None, exception: BaseException | None = None):
        super().__init__(data)
        self.value = value
        self.exception = exception

    @property
    def returned(self) -> bool:
        return self.exception is None

    def __repr__(self) -> str:
        return f"Outcome({self.data!r})"


def observe(
    function: Callable[..., object],
    /,
    *args: object,
    errors: Sequence[str] | None = None,
    message: bool | str = False,
    **kwargs: object,
) -> Outcome:
    """Call ``function(*args, **kwargs)`` and observe it (see ``docs/sealed.md``).

    An awaitable that comes back is run on the virtual-time event loop first. Everything
    the call raises, ``SystemExit`` and ``KeyboardInterrupt`` included, is observed; only
    :class:`Interrupted`, the grader's own stop, goes through.
    """
    return observe_call(function, args, kwargs, errors=errors, message=message)


def observe_call(
    function: Callable[..., object],
    args: Sequence[object],
    kwargs: Mapping[str, object],
    *,
    errors: Sequence[str] | None = None,
    message: bool | str = False,
) -> Outcome:
    """:func:`observe` with the arguments as a sequence and a mapping (no name clashes)."""
    try:
        value = function(*args, **kwargs)
        if inspect.isawaitable(value):
            value = _run_awaitable(value)
    except Interrupted:
        raise
    except BaseException as exc:
        return _raised(exc, function, errors, message)
    return _returned(value)


async def observe_async(
    function: Callable[..., object],
    /,
    *args: object,
    errors: Sequence[str] | None = None,
    message: bool | str = False,
    **kwargs: object,
) -> Outcome:
    """:func:`observe` for a probe already running on an event loop: awaits the result."""
    try:
        value = function(*args, **kwargs)
        if inspect.isawaitable(value):
            value = await value
    except Interrupted:
        raise
    except BaseException as exc:
        return _raised(exc, function, errors, message)
    return _returned(value)


def _run_awaitable(awaitable: Awaitable[object]) -> object:
    import asyncio

    from pyhero.sealed._loop import run

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return run(awaitable).unwrap()
    if inspect.iscoroutine(awaitable):
        awaitable.close()
    raise RuntimeError("observe() inside a running event loop: use `await observe_async(...)`")


def _returned(value: object) -> Outcome:
    try:
        data = encode_observation(value)
    except Interrupted:
        raise
    except BaseException as exc:  # the value's own code (a property, __iter__) failed
        reason = f"{type(exc).__name__}: {safe_message(exc)}"
        data = {"$unobservable": encode_str(reason)}
    return Outcome({"$returned": data}, value=value)


def _raised(
    exc: BaseException,
    function: Callable[..., object],
    errors: Sequence[str] | None,
    message: bool | str,
) -> Outcome:
    modules = [current_solution.get(), sys.modules.get(str(getattr(function, "__module__", "")))]
    try:
        name = exception_name(exc, errors, [m for m in modules if m is not None])
    except Interrupted:
        raise
    except BaseException:  # a learner's metaclass broke isinstance()
        name = builtin_name(exc)
    data: dict[str, Json] = {"$raised": name}
    if isinstance(exc, SealedLimit) or message is True:
        data["message"] = encode_str(safe_message(exc))
    elif isinstance(message, str):
        data["matches"] = re.search(message, safe_message(exc)) is not None
    return Outcome(data, exception=exc)
