"""The same hierarchy; the helpers written another way: a lookup table for the statuses,
``BaseExceptionGroup.split`` instead of ``except*`` (the rest is re-raised as it is, nesting
kept), checks as small functions returning messages, and ``collect`` that tells the
outcomes apart with ``isinstance`` after catching ``Exception`` once."""

from collections.abc import Callable, Mapping, Sequence
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


_BY_STATUS: dict[int, type[ApiError]] = {401: Unauthorized, 403: Unauthorized, 404: NotFound}


def error_for_status(status: int, message: str, *, retry_after: float = 0.0) -> ApiError:
    """The exception that stands for an HTTP error status."""
    if status < 400 or status > 599:
        raise ValueError(f"{status} is not an HTTP error status")
    if status == 429:
        return RateLimited(message, retry_after=retry_after)
    default = ServerError if status >= 500 else BadRequest
    return _BY_STATUS.get(status, default)(message, status=status)


def call_endpoint(endpoint: str, send: Callable[[], T]) -> T:
    """Call ``send``; translate network failures and note the endpoint on API errors."""
    note = f"endpoint: {endpoint}"
    try:
        return send()
    except ApiError as exc:
        exc.add_note(note)
        raise
    except Exception as exc:
        if not isinstance(exc, ConnectionError | TimeoutError):
            raise
        error = TransportError(f"transport failure calling {endpoint}")
        error.add_note(note)
        raise error from exc


def _id_problem(record: Mapping[str, object]) -> str | None:
    if "id" not in record:
        return "is required"
    ident = record["id"]
    if type(ident) is bool or not isinstance(ident, int) or ident < 1:
        return "must be a positive int"
    return None


def _email_problem(record: Mapping[str, object]) -> str | None:
    if "email" not in record:
        return "is required"
    email = record["email"]
    return None if isinstance(email, str) and "@" in email else "must contain @"


def validate_batch(records: Sequence[Mapping[str, object]]) -> None:
    """Raise one ExceptionGroup holding every problem of every record."""
    errors: list[ValidationError] = []
    for index, record in enumerate(records):
        for field, check in (("id", _id_problem), ("email", _email_problem)):
            problem = check(record)
            if problem is not None:
                error = ValidationError(field, problem)
                error.add_note(f"record {index}")
                errors.append(error)
    if errors:
        raise ExceptionGroup(f"{len(errors)} problems in batch", errors)


def _flatten(group: BaseExceptionGroup[E] | None) -> list[E]:
    if group is None:
        return []
    found: list[E] = []
    for exc in group.exceptions:
        found.extend(_flatten(exc) if isinstance(exc, BaseExceptionGroup) else [exc])
    return found


def split_failures(
    group: BaseExceptionGroup[BaseException],
) -> tuple[list[RetryableError], list[FatalError]]:
    """Sort a group's API errors into retryable and fatal; anything else propagates."""
    retryable, rest = group.split(RetryableError)
    fatal, others = rest.split(FatalError) if rest is not None else (None, None)
    if others is not None:
        raise others
    return _flatten(retryable), _flatten(fatal)  # type: ignore[arg-type]


def collect(calls: Mapping[str, Callable[[], T]]) -> dict[str, T | ApiError]:
    """Run every call; failures become ApiError values. Cancelled stops everything."""
    results: dict[str, T | ApiError] = {}
    for key, call in calls.items():
        try:
            value: T | ApiError = call()
        except Exception as exc:
            if isinstance(exc, ApiError):
                value = exc
            else:
                value = ApiError(f"unexpected {type(exc).__name__} in {key}")
                value.__cause__ = exc
        results[key] = value
    return results
