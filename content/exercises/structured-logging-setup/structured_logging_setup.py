"""Structured logging: implement the formatter, the filter and the setup function."""

import logging
from collections.abc import Callable, Mapping
from typing import TextIO


def format_value(value: object) -> str:
    """Render a value bare when it is simple, else double-quoted with escapes."""
    raise NotImplementedError


class KeyValueFormatter(logging.Formatter):
    """time, level, logger, request_id, msg, then sorted `fields`, then exc_type."""

    def format(self, record: logging.LogRecord) -> str:
        raise NotImplementedError


class RequestIdFilter(logging.Filter):
    """Stamps each record with the current request id ('-' outside requests)."""

    def __init__(self, provider: Callable[[], str | None]) -> None:
        raise NotImplementedError

    def filter(self, record: logging.LogRecord) -> bool:
        raise NotImplementedError


def configure_logging(
    stream: TextIO,
    *,
    base: str = "app",
    levels: Mapping[str, str] | None = None,
    request_id: Callable[[], str | None] = lambda: None,
) -> logging.Logger:
    """Set up the `base` logger tree once; calling again replaces the previous setup."""
    raise NotImplementedError
