"""API client errors: give every class the right base and implement the helpers.

The base classes below are placeholders (``Exception``): choose the right one for each.
"""

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar, TypeVar

T = TypeVar("T")


class ApiError(Exception):
    """Root of every error the client raises on purpose."""

    retryable: ClassVar[bool] = False

    def __init__(self, message: str, *, status: int | None = None) -> None:
        """Keep the message (as the exception's argument) and the HTTP ``status``."""
        raise NotImplementedError


class RetryableError(Exception):
    """Worth trying again later (``retryable`` is True)."""


class FatalError(Exception):
    """Trying again will fail the same way (``retryable`` is False)."""


class RateLimited(Exception):
    """HTTP 429: retryable, ``status`` is 429, carries ``retry_after`` seconds."""

    def __init__(self, message: str, *, retry_after: float = 0.0) -> None:
        raise NotImplementedError


class ServerError(Exception):
    """HTTP 5xx: retryable."""


class TransportError(Exception):
    """The network failed (connection reset, timeout): retryable."""


class BadRequest(Exception):
    """Any other HTTP 4xx: fatal."""


class Unauthorized(Exception):
    """HTTP 401 or 403: fatal."""


class NotFound(Exception):
    """HTTP 404: fatal."""


class ValidationError(Exception):
    """One invalid field of one record: fatal; message ``"<field>: <problem>"``."""

    def __init__(self, field: str, problem: str) -> None:
        raise NotImplementedError


class Cancelled(Exception):
    """The caller gave up; ``except Exception`` handlers must let this pass."""


def error_for_status(status: int, message: str, *, retry_after: float = 0.0) -> ApiError:
    """The exception that stands for an HTTP error status."""
    raise NotImplementedError


def call_endpoint(endpoint: str, send: Callable[[], T]) -> T:
    """Call ``send``; translate network failures and note the endpoint on API errors."""
    raise NotImplementedError


def validate_batch(records: Sequence[Mapping[str, object]]) -> None:
    """Raise one ExceptionGroup holding every problem of every record."""
    raise NotImplementedError


def split_failures(
    group: BaseExceptionGroup[BaseException],
) -> tuple[list[RetryableError], list[FatalError]]:
    """Sort a group's API errors into retryable and fatal; anything else propagates."""
    raise NotImplementedError


def collect(calls: Mapping[str, Callable[[], T]]) -> dict[str, T | ApiError]:
    """Run every call; failures become ApiError values. Cancelled stops everything."""
    raise NotImplementedError
