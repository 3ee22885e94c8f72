"""Finding the code that still calls deprecated functions: implement it below."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, NamedTuple

logger = logging.getLogger("deprecations")


def deprecated(replacement: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Log a warning on every call, located at the line that made the call."""
    raise NotImplementedError


class CallSite(NamedTuple):
    function: str
    filename: str
    lineno: int


def caller(depth: int = 1) -> CallSite:
    """Where the function that calls ``caller()`` was called from (``depth`` 1), or its
    caller (2), and so on."""
    raise NotImplementedError


class SiteCount(NamedTuple):
    deprecated: str
    filename: str
    lineno: int
    function: str
    calls: int


class CallSiteReport(logging.Handler):
    """A handler counting deprecation records per deprecated function and call site."""

    def emit(self, record: logging.LogRecord) -> None:
        raise NotImplementedError

    def sites(self) -> list[SiteCount]:
        """Most calls first; ties by deprecated name, file name, line and function."""
        raise NotImplementedError

    def render(self) -> str:
        """One line per site, in ``sites()`` order."""
        raise NotImplementedError
