"""Starts a ``threading.Thread`` itself and polls for its result with ``asyncio.sleep``.

It copies the context, keeps the exception and leaves the loop free, so every visible
test passes. But each call waits up to a polling interval after the thread has finished,
and the loop wakes up every 10 ms for nothing: on the virtual clock the await takes time
instead of none.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def run_in_thread(func: Callable[P, R]) -> Callable[P, Coroutine[Any, Any, R]]:
    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        context = contextvars.copy_context()
        box: dict[str, Any] = {}

        def target() -> None:
            try:
                box["value"] = context.run(func, *args, **kwargs)
            except BaseException as exc:
                box["error"] = exc

        worker = threading.Thread(target=target, daemon=True)
        worker.start()
        while worker.is_alive():
            await asyncio.sleep(0.01)
        if "error" in box:
            raise box["error"]
        result: R = box["value"]
        return result

    return wrapper


def run_sync(func: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(func(*args, **kwargs))
        raise RuntimeError(f"{func.__name__}() called inside a running event loop")

    return wrapper
