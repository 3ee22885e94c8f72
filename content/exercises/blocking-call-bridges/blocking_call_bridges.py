"""Decorators that bridge blocking code and asyncio: implement them below, typed with a
``ParamSpec`` so that type checkers keep the decorated function's parameters."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any


def run_in_thread(func: Callable[..., Any]) -> Callable[..., Coroutine[Any, Any, Any]]:
    """Make a blocking function awaitable: each call runs it in a worker thread."""
    raise NotImplementedError


def run_sync(func: Callable[..., Coroutine[Any, Any, Any]]) -> Callable[..., Any]:
    """Make a coroutine function callable from synchronous code (a CLI command)."""
    raise NotImplementedError
