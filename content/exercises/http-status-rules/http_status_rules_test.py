import pytest
from http_status_rules import alert_level, is_retryable, should_cache, status_class


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("code", "want"),
    [
        (100, "informational"),
        (200, "success"),
        (299, "success"),
        (301, "redirect"),
        (404, "client error"),
        (499, "client error"),
        (500, "server error"),
        (599, "server error"),
    ],
)
def test_status_class_includes_both_ends_of_each_range(code: int, want: str) -> None:
    got = status_class(code)
    assert got == want, f"{code} is a {want!r} code, got {got!r}"


@pytest.mark.task(taskno=1)
def test_status_class_of_codes_outside_the_ranges() -> None:
    for code in (99, 600, 0, -200):
        got = status_class(code)
        assert got == "unknown", f"{code} is in no range: 'unknown', got {got!r}"


@pytest.mark.task(taskno=2)
def test_is_retryable_for_safe_methods_and_temporary_errors() -> None:
    assert is_retryable(503, "GET") is True, "a GET that met 503 may be tried again"
    assert is_retryable(429, "put") is True, "429 means 'slow down', and put is PUT"
    assert is_retryable(500, "Delete") is True, "methods count in any case"


@pytest.mark.task(taskno=2)
def test_is_retryable_refuses_unsafe_methods_and_hopeless_codes() -> None:
    assert is_retryable(503, "POST") is False, "a POST may not be repeated"
    assert is_retryable(501, "GET") is False, "501 will not get better by retrying"
    assert is_retryable(404, "GET") is False, "a client error is not retried"
    assert is_retryable(200, "GET") is False, "a success needs no retry"


@pytest.mark.task(taskno=3)
def test_should_cache_successful_gets() -> None:
    assert should_cache(200, "GET", False) is True, "a plain 200 GET may be cached"
    assert should_cache(301, "get", False) is True, "a permanent redirect may be cached"


@pytest.mark.task(taskno=3)
def test_should_cache_refuses_the_rest() -> None:
    assert should_cache(200, "GET", True) is False, "the client asked not to store it"
    assert should_cache(301, "POST", False) is False, "only GET responses are cached"
    assert should_cache(404, "GET", False) is False, "404 is not cached here"


@pytest.mark.task(taskno=4)
def test_alert_level_pages_for_severe_problems() -> None:
    assert alert_level(0.07, 100) == "page", "7 % errors: page"
    assert alert_level(0.05, 100) == "page", "exactly 5 % errors: page"
    assert alert_level(0.0, 2001) == "page", "p95 above 2 seconds: page"


@pytest.mark.task(taskno=4)
def test_alert_level_tickets_and_ok() -> None:
    assert alert_level(0.002, 950) == "ticket", "p95 above 800 ms: ticket"
    assert alert_level(0.01, 100) == "ticket", "exactly 1 % errors: ticket"
    assert alert_level(0.0, 2000) == "ticket", "2000 ms is not *above* 2000: ticket only"
    assert alert_level(0.0, 800) == "ok", "800 ms is not above 800: ok"
