"""Walks ``f_back`` from ``inspect.currentframe()`` instead of ``sys._getframe(n)``, builds
the log record itself with ``Logger.makeRecord`` from the caller's frame (what
``findCaller`` does), and keeps the report in a plain dict."""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

logger = logging.getLogger("deprecations")


def deprecated(replacement: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if logger.isEnabledFor(logging.WARNING):
                frame = inspect.currentframe()
                assert frame is not None and frame.f_back is not None
                calling = frame.f_back
                record = logger.makeRecord(
                    logger.name,
                    logging.WARNING,
                    calling.f_code.co_filename,
                    calling.f_lineno,
                    f"{func.__name__}() is deprecated; use {replacement}() instead",
                    (),
                    None,
                    func=calling.f_code.co_name,
                    extra={"deprecated": func.__name__, "replacement": replacement},
                )
                del frame, calling
                logger.handle(record)
            return func(*args, **kwargs)

        return wrapper

    return decorate


class CallSite(NamedTuple):
    function: str
    filename: str
    lineno: int


def caller(depth: int = 1) -> CallSite:
    if depth <= 0:
        raise ValueError("depth must be 1 or more")
    frame = inspect.currentframe()
    for _ in range(depth + 1):
        assert frame is not None
        frame = frame.f_back
    assert frame is not None
    site = CallSite(frame.f_code.co_name, Path(frame.f_code.co_filename).name, frame.f_lineno)
    del frame
    return site


class SiteCount(NamedTuple):
    deprecated: str
    filename: str
    lineno: int
    function: str
    calls: int


class CallSiteReport(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self._calls: dict[tuple[str, str, int, str], int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        if hasattr(record, "deprecated"):
            key = (record.deprecated, record.filename, record.lineno, record.funcName)
            self._calls[key] = self._calls.get(key, 0) + 1

    def sites(self) -> list[SiteCount]:
        rows = [SiteCount(*key, calls) for key, calls in self._calls.items()]
        rows.sort(key=lambda row: (row.deprecated, row.filename, row.lineno, row.function))
        rows.sort(key=lambda row: row.calls, reverse=True)
        return rows

    def render(self) -> str:
        lines = []
        for row in self.sites():
            lines.append(
                f"{row.filename}:{row.lineno} {row.function}: {row.deprecated}() x{row.calls}"
            )
        return "\n".join(lines)
