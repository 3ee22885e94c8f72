"""structlog set-up for an API: JSON or key=value events, request context, redaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TextIO

from structlog.typing import EventDict, Processor, WrappedLogger

__all__ = [
    "REDACTED",
    "SECRET_KEYS",
    "SECRET_SUFFIXES",
    "build_processors",
    "configure_logging",
    "redact_secrets",
    "request_context",
    "timestamper",
]

SECRET_KEYS = frozenset({"password", "token", "api_key", "authorization", "secret"})
SECRET_SUFFIXES = ("_password", "_token", "_secret")
REDACTED = "[redacted]"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def redact_secrets(logger: WrappedLogger, method_name: str, event_dict: EventDict) -> EventDict:
    """Processor: replace the value of every secret key, nested dicts included."""
    raise NotImplementedError


def timestamper(clock: Callable[[], datetime] = _utc_now) -> Processor:
    """Processor adding ``ts``: the clock's time in UTC, ISO 8601 with milliseconds and Z."""
    raise NotImplementedError


def build_processors(
    service: str, *, json: bool = True, clock: Callable[[], datetime] = _utc_now
) -> list[Processor]:
    """The processor chain, from context merging to the final renderer."""
    raise NotImplementedError


def configure_logging(
    service: str,
    *,
    stream: TextIO,
    json: bool = True,
    level: str = "info",
    clock: Callable[[], datetime] = _utc_now,
) -> None:
    """Configure structlog globally: one rendered line per event on ``stream``."""
    raise NotImplementedError


@contextmanager
def request_context(request_id: str, **fields: Any) -> Iterator[None]:
    """Bind ``request_id`` (and ``fields``) to every event logged inside the block."""
    raise NotImplementedError
    yield
