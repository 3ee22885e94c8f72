"""A different route: redaction by a recursive dict comprehension, the timestamp built with
``strftime`` and integer milliseconds, the service added by a small class, the level found
with ``logging.getLevelName``, and the request context bound and reset by hand with the
tokens of ``bind_contextvars``."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TextIO

import structlog
from structlog.contextvars import bind_contextvars, merge_contextvars, reset_contextvars

SECRET_KEYS = frozenset({"password", "token", "api_key", "authorization", "secret"})
SECRET_SUFFIXES = ("_password", "_token", "_secret")
REDACTED = "[redacted]"


def _secret(key: str) -> bool:
    lowered = key.lower()
    return lowered in SECRET_KEYS or any(lowered.endswith(s) for s in SECRET_SUFFIXES)


def _clean(mapping: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: REDACTED if _secret(key) else _clean(value) if isinstance(value, Mapping) else value
        for key, value in mapping.items()
    }


def redact_secrets(logger: Any, method_name: str, event_dict: Any) -> Any:
    return _clean(event_dict)


def timestamper(clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Any:
    def add_ts(logger: Any, method_name: str, event_dict: Any) -> Any:
        utc = clock().astimezone(UTC)
        event_dict["ts"] = utc.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (utc.microsecond // 1000)  # noqa: UP031
        return event_dict

    return add_ts


class _Service:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, logger: Any, method_name: str, event_dict: Any) -> Any:
        if "service" not in event_dict:
            event_dict["service"] = self.name
        return event_dict


def build_processors(
    service: str, *, json: bool = True, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> list[Any]:
    chain: list[Any] = [
        merge_contextvars,
        structlog.processors.add_log_level,
        _Service(service),
        timestamper(clock),
        structlog.processors.format_exc_info,
        redact_secrets,
    ]
    if json:
        chain.append(structlog.processors.JSONRenderer(sort_keys=True))
    else:
        chain.append(
            structlog.processors.KeyValueRenderer(
                sort_keys=True, key_order=["ts", "level", "service", "event"]
            )
        )
    return chain


def configure_logging(
    service: str,
    *,
    stream: TextIO,
    json: bool = True,
    level: str = "info",
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    number = logging.getLevelName(level.upper())
    if not isinstance(number, int):
        raise ValueError(f"{level} is not a log level")
    structlog.configure(
        processors=build_processors(service, json=json, clock=clock),
        wrapper_class=structlog.make_filtering_bound_logger(number),
        logger_factory=structlog.PrintLoggerFactory(stream),
    )


@contextmanager
def request_context(request_id: str, **fields: Any) -> Iterator[None]:
    if request_id == "":
        raise ValueError("an empty request_id is not allowed")
    tokens = bind_contextvars(request_id=request_id, **fields)
    try:
        yield
    finally:
        reset_contextvars(**tokens)
