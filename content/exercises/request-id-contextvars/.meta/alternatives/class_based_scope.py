"""A different route: the scope is a class with ``__enter__``/``__exit__`` keeping its own
token, blank ids are found with ``str.isspace``, tasks are created on the running loop
with an explicit context copy, and work goes to threads through ``functools.partial``."""

import asyncio
import contextvars
import functools
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor, Future
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)


def current_request_id() -> str:
    value = request_id.get()
    return "-" if value is None else value


def log_line(message: str) -> str:
    return "[" + current_request_id() + "] " + message


class request_scope:
    def __init__(self, rid: str) -> None:
        if rid == "" or rid.isspace():
            raise ValueError(f"a blank request id ({rid!r}) is not allowed")
        self._rid = rid
        self._tokens: list[contextvars.Token[str | None]] = []

    def __enter__(self) -> str:
        self._tokens.append(request_id.set(self._rid))
        return self._rid

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        request_id.reset(self._tokens.pop())


def spawn(coro: Coroutine[Any, Any, T]) -> "asyncio.Task[T]":
    loop = asyncio.get_running_loop()
    return loop.create_task(coro, context=contextvars.copy_context())


def run_isolated(func: Callable[[], T]) -> T:
    snapshot = contextvars.copy_context()
    return snapshot.run(func)


def submit_with_context(executor: Executor, func: Callable[[], T]) -> "Future[T]":
    return executor.submit(functools.partial(contextvars.copy_context().run, func))
