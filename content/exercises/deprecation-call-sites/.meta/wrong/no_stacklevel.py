"""Logs without ``stacklevel``: every record points at the line inside the wrapper.

The to-do list then says that the decorator module calls ``load_orders()`` hundreds of
times, from a function called ``wrapper``. The visible tests catch it.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

logger = logging.getLogger("deprecations")


def deprecated(replacement: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Log a warning on every call, located at the line that made the call."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            logger.warning(
                "%s() is deprecated; use %s() instead",
                func.__name__,
                replacement,
                extra={"deprecated": func.__name__, "replacement": replacement},
            )
            return func(*args, **kwargs)

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

    def __init__(self) -> None:
        super().__init__()
        self._counts: Counter[tuple[str, str, int, str]] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        name = getattr(record, "deprecated", None)
        if isinstance(name, str):
            self._counts[name, record.filename, record.lineno, record.funcName] += 1

    def sites(self) -> list[SiteCount]:
        """Most calls first; ties by deprecated name, file name, line and function."""
        ordered = sorted(self._counts.items(), key=lambda item: (-item[1], item[0]))
        return [SiteCount(*site, calls) for site, calls in ordered]

    def render(self) -> str:
        """One line per site, in ``sites()`` order."""
        return "\n".join(
            f"{site.filename}:{site.lineno} {site.function}: {site.deprecated}() x{site.calls}"
            for site in self.sites()
        )
