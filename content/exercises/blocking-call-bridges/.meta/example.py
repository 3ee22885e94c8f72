"""Reference solution: decorators that bridge blocking code and asyncio, typed with
``ParamSpec``."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def run_in_thread(func: Callable[P, R]) -> Callable[P, Coroutine[Any, Any, R]]:
    """Make a blocking function awaitable: each call runs it in a worker thread of the
    event loop's default executor, with the caller's context variables."""

    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return await asyncio.to_thread(func, *args, **kwargs)

    return wrapper


def run_sync(func: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, R]:
    """Make a coroutine function callable from synchronous code (a CLI command): each call
    runs it to completion on a new event loop."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(func(*args, **kwargs))
        raise RuntimeError(
            f"{func.__name__}() was called inside a running event loop: await it instead"
        )

    return wrapper
