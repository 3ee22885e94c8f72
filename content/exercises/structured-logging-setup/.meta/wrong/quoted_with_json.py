"""Quotes values with ``json.dumps(text, ensure_ascii=False)``.

For the visible cases (spaces, quotes, backslashes, newlines, accents) JSON escaping gives
the same text, but it also escapes tabs, carriage returns and other control characters
(``\\t``, ``\\r``, ``\\u0000``), which the instructions keep as they are. The visible test
with a tab catches it.
"""

import json
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TextIO

_BARE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/@+")


def format_value(value: object) -> str:
    """Render a value bare when it is simple, else double-quoted with escapes."""
    text = str(value)
    if text and all(ch in _BARE for ch in text):
        return text
    return json.dumps(text, ensure_ascii=False)


class KeyValueFormatter(logging.Formatter):
    """time, level, logger, request_id, msg, then sorted `fields`, then exc_type."""

    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created, tz=UTC)
        pairs: list[tuple[str, object]] = [
            ("time", stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"),
            ("level", record.levelname),
            ("logger", record.name),
            ("request_id", getattr(record, "request_id", "-")),
            ("msg", record.getMessage()),
        ]
        fields: Mapping[str, object] = getattr(record, "fields", {})
        pairs.extend(sorted(fields.items()))
        if record.exc_info and record.exc_info[0] is not None:
            pairs.append(("exc_type", record.exc_info[0].__name__))
        return " ".join(f"{key}={format_value(value)}" for key, value in pairs)


class RequestIdFilter(logging.Filter):
    """Stamps each record with the current request id ('-' outside requests)."""

    def __init__(self, provider: Callable[[], str | None]) -> None:
        super().__init__()
        self.provider = provider

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = self.provider() or "-"
        return True


def configure_logging(
    stream: TextIO,
    *,
    base: str = "app",
    levels: Mapping[str, str] | None = None,
    request_id: Callable[[], str | None] = lambda: None,
) -> logging.Logger:
    """Set up the `base` logger tree once; calling again replaces the previous setup."""
    logger = logging.getLogger(base)
    for old in list(logger.handlers):
        logger.removeHandler(old)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(KeyValueFormatter())
    handler.addFilter(RequestIdFilter(request_id))
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    for name, level in (levels or {}).items():
        if name != base and not name.startswith(f"{base}."):
            raise ValueError(f"logger {name!r} is not under {base!r}")
        numeric = logging.getLevelName(level.upper())
        if not isinstance(numeric, int):
            raise ValueError(f"unknown level {level!r} for logger {name!r}")
        logging.getLogger(name).setLevel(numeric)
    return logger
