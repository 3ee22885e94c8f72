import functools

import pytest

from api_client_error_hierarchy import (
    ApiError,
    BadRequest,
    Cancelled,
    FatalError,
    NotFound,
    RateLimited,
    RetryableError,
    ServerError,
    TransportError,
    Unauthorized,
    ValidationError,
    call_endpoint,
    collect,
    error_for_status,
    split_failures,
    validate_batch,
)


@pytest.mark.task(taskno=1)
def test_hierarchy_separates_retryable_from_fatal() -> None:
    for cls in (RateLimited, ServerError, TransportError):
        assert issubclass(cls, RetryableError), f"{cls.__name__} is worth retrying"
    for fatal in (BadRequest, Unauthorized, NotFound, ValidationError):
        assert issubclass(fatal, FatalError), f"{fatal.__name__} will fail again"
    assert issubclass(RetryableError, ApiError) and issubclass(FatalError, ApiError)
    assert issubclass(ApiError, Exception)
    assert not issubclass(FatalError, RetryableError)


@pytest.mark.task(taskno=1)
def test_retryable_flag_is_a_class_attribute() -> None:
    assert (ApiError.retryable, RetryableError.retryable, FatalError.retryable) == (
        False,
        True,
        False,
    )
    assert ServerError("x").retryable is True
    assert NotFound("x").retryable is False


@pytest.mark.task(taskno=1)
def test_errors_keep_message_and_status() -> None:
    error = ServerError("upstream down", status=503)
    assert (str(error), error.status) == ("upstream down", 503)
    assert ApiError("plain").status is None, "status defaults to None"
    limited = RateLimited("slow down", retry_after=2.5)
    assert (str(limited), limited.status, limited.retry_after) == ("slow down", 429, 2.5)
    assert RateLimited("x").retry_after == 0.0
    invalid = ValidationError("email", "must contain @")
    assert (str(invalid), invalid.field, invalid.status) == ("email: must contain @", "email", None)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequest),
        (401, Unauthorized),
        (402, BadRequest),
        (403, Unauthorized),
        (404, NotFound),
        (405, BadRequest),
        (428, BadRequest),
        (429, RateLimited),
        (430, BadRequest),
        (499, BadRequest),
        (500, ServerError),
        (599, ServerError),
    ],
)
def test_error_for_status_picks_the_class(status: int, cls: type[ApiError]) -> None:
    error = error_for_status(status, "boom")
    assert type(error) is cls, f"{status} should map to {cls.__name__}, got {type(error).__name__}"
    assert (str(error), error.status) == ("boom", status)


@pytest.mark.task(taskno=1)
def test_error_for_status_passes_retry_after_to_rate_limited() -> None:
    error = error_for_status(429, "later", retry_after=30.0)
    assert isinstance(error, RateLimited) and error.retry_after == 30.0
    default = error_for_status(429, "later")
    assert isinstance(default, RateLimited) and default.retry_after == 0.0, "default is 0.0"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("status", [200, 302, 399, 600])
def test_error_for_status_rejects_non_error_statuses(status: int) -> None:
    with pytest.raises(ValueError, match=rf"^{status} is not an HTTP error status$"):
        error_for_status(status, "fine")


@pytest.mark.task(taskno=2)
def test_call_endpoint_returns_the_result() -> None:
    assert call_endpoint("/users", lambda: {"id": 1}) == {"id": 1}


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("cause", [ConnectionResetError("reset"), TimeoutError("slow")])
def test_network_failures_become_transport_errors_chained_to_the_cause(cause: OSError) -> None:
    def send() -> None:
        raise cause

    with pytest.raises(TransportError) as info:
        call_endpoint("/users", send)
    error = info.value
    assert str(error) == "transport failure calling /users"
    assert error.__cause__ is cause, "use `raise ... from exc` so the traceback shows the origin"
    assert error.__notes__ == ["endpoint: /users"]


@pytest.mark.task(taskno=2)
def test_api_errors_pass_through_with_a_note() -> None:
    original = NotFound("no such user", status=404)

    def send() -> None:
        raise original

    with pytest.raises(NotFound) as info:
        call_endpoint("/users/7", send)
    assert info.value is original, "re-raise the same object, do not wrap it"
    assert info.value.__notes__ == ["endpoint: /users/7"]


@pytest.mark.task(taskno=2)
def test_other_errors_and_cancellation_pass_through_untouched() -> None:
    def buggy() -> None:
        raise KeyError("id")

    with pytest.raises(KeyError) as info:
        call_endpoint("/users", buggy)
    assert not hasattr(info.value, "__notes__"), "only API errors get the endpoint note"

    def cancelled() -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        call_endpoint("/users", cancelled)


@pytest.mark.task(taskno=3)
def test_a_valid_batch_raises_nothing() -> None:
    validate_batch([{"id": 1, "email": "a@example.com"}, {"id": 2, "email": "b@x"}])
    validate_batch([])


@pytest.mark.task(taskno=3)
def test_every_problem_of_every_record_is_reported_in_one_group() -> None:
    records: list[dict[str, object]] = [
        {"id": 1, "email": "ok@example.com"},
        {"email": "no-at-sign"},
        {"id": 0, "email": "x@y"},
        {"id": True},
        {"id": "7", "email": 42},
    ]
    with pytest.raises(ExceptionGroup) as info:
        validate_batch(records)
    group = info.value
    assert group.message == "7 problems in batch", f"got {group.message!r}"
    got = [(str(e), getattr(e, "__notes__", None)) for e in group.exceptions]
    assert got == [
        ("id: is required", ["record 1"]),
        ("email: must contain @", ["record 1"]),
        ("id: must be a positive int", ["record 2"]),
        ("id: must be a positive int", ["record 3"]),
        ("email: is required", ["record 3"]),
        ("id: must be a positive int", ["record 4"]),
        ("email: must contain @", ["record 4"]),
    ], f"got {got}"


@pytest.mark.task(taskno=3)
def test_a_none_value_is_present_but_invalid() -> None:
    with pytest.raises(ExceptionGroup) as info:
        validate_batch([{"id": None, "email": None}])
    messages = [str(e) for e in info.value.exceptions]
    assert messages == ["id: must be a positive int", "email: must contain @"], (
        f"None is a value (JSON null), not a missing key: {messages}"
    )


@pytest.mark.task(taskno=3)
def test_non_string_email_is_invalid_and_boundary_ids() -> None:
    with pytest.raises(ExceptionGroup) as info:
        validate_batch([{"id": -1, "email": ["a@b"]}, {"id": 1, "email": "@"}])
    messages = [str(e) for e in info.value.exceptions]
    assert messages == ["id: must be a positive int", "email: must contain @"], f"{messages}"
    assert all(isinstance(e, ValidationError) for e in info.value.exceptions)


@pytest.mark.task(taskno=3)
def test_split_failures_sorts_nested_groups_with_except_star() -> None:
    limited, down, gone = RateLimited("slow"), ServerError("down"), NotFound("gone")
    invalid = ValidationError("id", "is required")
    group = ExceptionGroup("sync", [limited, ExceptionGroup("page 2", [gone, down]), invalid])
    retryable, fatal = split_failures(group)
    assert retryable == [limited, down], f"got {retryable}"
    assert fatal == [gone, invalid], f"got {fatal}"


@pytest.mark.task(taskno=3)
def test_split_failures_with_only_one_kind() -> None:
    down = ServerError("down")
    assert split_failures(ExceptionGroup("x", [down])) == ([down], [])
    gone = NotFound("gone")
    assert split_failures(ExceptionGroup("x", [gone])) == ([], [gone])


@pytest.mark.task(taskno=3)
def test_split_failures_lets_unknown_errors_propagate() -> None:
    bug = KeyError("oops")
    with pytest.raises(ExceptionGroup) as info:
        split_failures(ExceptionGroup("x", [ServerError("down"), bug]))
    assert list(info.value.exceptions) == [bug], "only the unmatched errors propagate"


@pytest.mark.task(taskno=4)
def test_cancelled_is_not_an_exception() -> None:
    assert issubclass(Cancelled, BaseException)
    assert not issubclass(Cancelled, Exception), "except Exception must not catch it"


@pytest.mark.task(taskno=4)
def test_collect_keeps_results_and_api_errors_by_key() -> None:
    gone = NotFound("gone")

    def missing() -> int:
        raise gone

    results = collect({"a": lambda: 1, "b": missing, "c": lambda: 3})
    assert results == {"a": 1, "b": gone, "c": 3}, f"got {results}"
    assert list(results) == ["a", "b", "c"]


@pytest.mark.task(taskno=4)
def test_collect_wraps_unexpected_errors_with_their_cause() -> None:
    bug = ZeroDivisionError("division by zero")

    def broken() -> int:
        raise bug

    results = collect({"ratio": broken})
    error = results["ratio"]
    assert type(error) is ApiError, f"wrap in the base ApiError, got {type(error).__name__}"
    assert str(error) == "unexpected ZeroDivisionError in ratio"
    assert error.__cause__ is bug


@pytest.mark.task(taskno=4)
def test_collect_stops_at_cancellation() -> None:
    ran: list[str] = []

    def step(name: str) -> str:
        ran.append(name)
        if name == "b":
            raise Cancelled
        return name

    with pytest.raises(Cancelled):
        collect({name: functools.partial(step, name) for name in "abc"})
    assert ran == ["a", "b"], f"nothing runs after the cancellation, got {ran}"
