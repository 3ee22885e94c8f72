"""A different route: an ASCII regular expression decides bare values, a translation table
escapes, the timestamp comes from ``time.gmtime`` and integer milliseconds, and levels are
looked up in ``logging.getLevelNamesMapping()``."""

import logging
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, TextIO

_SIMPLE = re.compile(r"[A-Za-z0-9\-_.:/@+]+")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n"})


def format_value(value: object) -> str:
    text = f"{value}"
    if _SIMPLE.fullmatch(text):
        return text
    return '"' + text.translate(_ESCAPES) + '"'


def _timestamp(created: float) -> str:
    seconds = int(created // 1)
    millis = int((created - seconds) * 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}Z"


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        parts = [
            ("time", _timestamp(record.created)),
            ("level", record.levelname),
            ("logger", record.name),
            ("request_id", record.__dict__.get("request_id", "-")),
            ("msg", record.getMessage()),
        ]
        fields: dict[str, Any] = record.__dict__.get("fields") or {}
        parts += [(key, fields[key]) for key in sorted(fields)]
        if record.exc_info is not None and record.exc_info[0] is not None:
            parts.append(("exc_type", record.exc_info[0].__name__))
        return " ".join(key + "=" + format_value(value) for key, value in parts)


class RequestIdFilter(logging.Filter):
    def __init__(self, provider: Callable[[], str | None]) -> None:
        super().__init__()
        self._provider = provider

    def filter(self, record: logging.LogRecord) -> bool:
        current = self._provider()
        record.request_id = current if current else "-"
        return True


def configure_logging(
    stream: TextIO,
    *,
    base: str = "app",
    levels: Mapping[str, str] | None = None,
    request_id: Callable[[], str | None] = lambda: None,
) -> logging.Logger:
    logger = logging.getLogger(base)
    logger.handlers.clear()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(KeyValueFormatter())
    handler.addFilter(RequestIdFilter(request_id))
    logger.addHandler(handler)
    logger.setLevel("INFO")
    logger.propagate = False
    known = logging.getLevelNamesMapping()
    for name, level in dict(levels or {}).items():
        if not (name == base or name.startswith(base + ".")):
            raise ValueError(f"{name} is not {base} or one of its children")
        if level.upper() not in known:
            raise ValueError(f"{level} is not a logging level")
        logging.getLogger(name).setLevel(known[level.upper()])
    return logger
