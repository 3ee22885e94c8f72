"""``run_in_executor`` with the context copied by hand (what ``asyncio.to_thread`` does
inside), and ``asyncio.Runner`` for the synchronous entry point."""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def run_in_thread(func: Callable[P, R]) -> Callable[P, Coroutine[Any, Any, R]]:
    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        loop = asyncio.get_running_loop()
        context = contextvars.copy_context()
        call = functools.partial(context.run, func, *args, **kwargs)
        return await loop.run_in_executor(None, call)

    return wrapper


def run_sync(func: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if asyncio._get_running_loop() is not None:
            raise RuntimeError("cannot start a running event loop inside another one")
        with asyncio.Runner() as runner:
            return runner.run(func(*args, **kwargs))

    return wrapper
