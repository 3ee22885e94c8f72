"""Reads the fields with ``record.get(...)`` and treats ``None`` as missing.

A record whose ``id`` is ``None`` (a JSON ``null``) is reported as "is required", although
the key is there and the instructions call that "must be a positive int". The visible
test of a record of ``None`` values catches it.
"""

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import ClassVar, TypeVar

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)


class ApiError(Exception):
    """Root of every error the client raises on purpose."""

    retryable: ClassVar[bool] = False

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RetryableError(ApiError):
    """Worth trying again later."""

    retryable = True


class FatalError(ApiError):
    """Trying again will fail the same way."""


class RateLimited(RetryableError):
    def __init__(self, message: str, *, retry_after: float = 0.0) -> None:
        super().__init__(message, status=429)
        self.retry_after = retry_after


class ServerError(RetryableError):
    pass


class TransportError(RetryableError):
    pass


class BadRequest(FatalError):
    pass


class Unauthorized(FatalError):
    pass


class NotFound(FatalError):
    pass


class ValidationError(FatalError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class Cancelled(BaseException):
    """The caller gave up; ``except Exception`` handlers must let this pass."""


def error_for_status(status: int, message: str, *, retry_after: float = 0.0) -> ApiError:
    """The exception that stands for an HTTP error status."""
    if not 400 <= status <= 599:
        raise ValueError(f"{status} is not an HTTP error status")
    if status == 429:
        return RateLimited(message, retry_after=retry_after)
    if status >= 500:
        return ServerError(message, status=status)
    if status in (401, 403):
        return Unauthorized(message, status=status)
    if status == 404:
        return NotFound(message, status=status)
    return BadRequest(message, status=status)


def call_endpoint(endpoint: str, send: Callable[[], T]) -> T:
    """Call ``send``; translate network failures and note the endpoint on API errors."""
    try:
        return send()
    except (ConnectionError, TimeoutError) as exc:
        error = TransportError(f"transport failure calling {endpoint}")
        error.add_note(f"endpoint: {endpoint}")
        raise error from exc
    except ApiError as exc:
        exc.add_note(f"endpoint: {endpoint}")
        raise


def _problems(record: Mapping[str, object]) -> Iterator[ValidationError]:
    ident = record.get("id")
    if ident is None:
        yield ValidationError("id", "is required")
    elif isinstance(ident, bool) or not isinstance(ident, int) or ident <= 0:
        yield ValidationError("id", "must be a positive int")
    email = record.get("email")
    if email is None:
        yield ValidationError("email", "is required")
    elif not isinstance(email, str) or "@" not in email:
        yield ValidationError("email", "must contain @")


def validate_batch(records: Sequence[Mapping[str, object]]) -> None:
    """Raise one ExceptionGroup holding every problem of every record."""
    errors: list[ValidationError] = []
    for index, record in enumerate(records):
        for error in _problems(record):
            error.add_note(f"record {index}")
            errors.append(error)
    if errors:
        raise ExceptionGroup(f"{len(errors)} problems in batch", errors)


def _leaves(group: BaseExceptionGroup[E]) -> Iterator[E]:
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            yield from _leaves(exc)
        else:
            yield exc


def split_failures(
    group: BaseExceptionGroup[BaseException],
) -> tuple[list[RetryableError], list[FatalError]]:
    """Sort a group's API errors into retryable and fatal; anything else propagates."""
    retryable: list[RetryableError] = []
    fatal: list[FatalError] = []
    try:
        raise group
    except* RetryableError as matched:
        retryable.extend(_leaves(matched))
    except* FatalError as matched:
        fatal.extend(_leaves(matched))
    return retryable, fatal


def collect(calls: Mapping[str, Callable[[], T]]) -> dict[str, T | ApiError]:
    """Run every call; failures become ApiError values. Cancelled stops everything."""
    results: dict[str, T | ApiError] = {}
    for key, call in calls.items():
        try:
            results[key] = call()
        except ApiError as exc:
            results[key] = exc
        except Exception as exc:
            wrapped = ApiError(f"unexpected {type(exc).__name__} in {key}")
            wrapped.__cause__ = exc
            results[key] = wrapped
    return results
