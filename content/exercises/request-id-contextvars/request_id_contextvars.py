"""Request-id propagation with contextvars: implement the helpers below."""

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)


def current_request_id() -> str:
    """The active request id, or '-' outside any request."""
    raise NotImplementedError


def log_line(message: str) -> str:
    """A log line prefixed with the current request id."""
    raise NotImplementedError


@contextmanager
def request_scope(rid: str) -> Iterator[str]:
    """Make `rid` current inside the block; restore the previous id afterwards."""
    raise NotImplementedError
    yield rid  # unreachable; keeps this a generator


def spawn(coro: Coroutine[Any, Any, T]) -> "asyncio.Task[T]":
    """Start a background task that keeps the current request id."""
    raise NotImplementedError


def run_isolated(func: Callable[[], T]) -> T:
    """Run func in a copy of the current context: its changes do not leak out."""
    raise NotImplementedError


def submit_with_context(executor: Executor, func: Callable[[], T]) -> "Future[T]":
    """Run func on a worker thread that sees the caller's context variables."""
    raise NotImplementedError
