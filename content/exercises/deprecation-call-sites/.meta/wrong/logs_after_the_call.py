"""WRONG: logs after calling the function: a call that raises is never logged.

Written blind. The visible tests alone do not catch it; the sealed set calls a function that
raises from every site in every seed.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any, NamedTuple

logger = logging.getLogger("deprecations")


def deprecated(replacement: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Log a warning on every call, located at the line that made the call."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        name = func.__name__

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = func(*args, **kwargs)
            logger.warning(
                f"{name}() is deprecated; use {replacement}() instead",
                stacklevel=2,
                extra={"deprecated": name, "replacement": replacement},
            )
            return result

        return wrapper

    return decorate


class CallSite(NamedTuple):
    function: str
    filename: str
    lineno: int


def caller(depth: int = 1) -> CallSite:
    """Where the function that calls ``caller()`` was called from (``depth`` 1), or its
    caller (2), and so on."""
    if depth < 1:
        raise ValueError(f"depth must be at least 1, got {depth}")
    frame = sys._getframe(depth + 1)
    code = frame.f_code
    return CallSite(code.co_name, os.path.basename(code.co_filename), frame.f_lineno)


class SiteCount(NamedTuple):
    deprecated: str
    filename: str
    lineno: int
    function: str
    calls: int


class CallSiteReport(logging.Handler):
    """A handler counting deprecation records per deprecated function and call site."""

    def __init__(self, level: int = logging.NOTSET) -> None:
        super().__init__(level)
        self._counts: Counter[tuple[str, str, int, str]] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        if not hasattr(record, "deprecated"):
            return
        key = (record.deprecated, record.filename, record.lineno, record.funcName)
        self._counts[key] += 1

    def sites(self) -> list[SiteCount]:
        """Most calls first; ties by deprecated name, file name, line and function."""
        items = sorted(self._counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [SiteCount(d, f, ln, fn, n) for (d, f, ln, fn), n in items]

    def render(self) -> str:
        """One line per site, in ``sites()`` order."""
        return "\n".join(
            f"{s.filename}:{s.lineno} {s.function}: {s.deprecated}() x{s.calls}"
            for s in self.sites()
        )
