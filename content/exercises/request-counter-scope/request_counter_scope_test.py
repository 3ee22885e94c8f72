from collections.abc import Iterator

import pytest
import request_counter_scope as server
from request_counter_scope import make_counter, make_rate_limiter, record_request, reset

AT_IMPORT = (server.request_count, list(server.recent_paths))


@pytest.fixture(autouse=True)
def fresh_module_state() -> Iterator[None]:
    """Every test starts with no requests counted, as after a fresh import."""
    server.request_count = 0
    server.recent_paths = []
    yield


@pytest.mark.task(taskno=1)
def test_the_module_starts_with_nothing_counted() -> None:
    assert AT_IMPORT == (0, []), f"after import: request_count 0, recent_paths [], got {AT_IMPORT}"


@pytest.mark.task(taskno=1)
def test_record_request_counts_in_the_module_variable() -> None:
    got = [record_request("/"), record_request("/login"), record_request("/cart")]
    assert got == [1, 2, 3], f"each call returns the new count, got {got}"
    assert server.request_count == 3, (
        f"the module's request_count should be 3, it is {server.request_count}: "
        "did you declare `global request_count`?"
    )


@pytest.mark.task(taskno=1)
def test_record_request_keeps_the_last_three_paths() -> None:
    for path in ["/", "/login", "/cart", "/pay"]:
        record_request(path)
    assert server.recent_paths == ["/login", "/cart", "/pay"], (
        f"the last three paths, oldest first, got {server.recent_paths}"
    )


@pytest.mark.task(taskno=1)
def test_record_request_with_fewer_than_three_paths() -> None:
    record_request("/health")
    assert server.recent_paths == ["/health"], f"got {server.recent_paths}"


@pytest.mark.task(taskno=2)
def test_reset_clears_the_count_and_the_paths() -> None:
    record_request("/")
    record_request("/about")
    assert reset() is None, "reset returns nothing"
    assert server.request_count == 0, f"the count is back to 0, not {server.request_count}"
    assert server.recent_paths == [], (
        f"the module's recent_paths must be empty, got {server.recent_paths}: "
        "`recent_paths = []` without `global` only makes a local list"
    )
    assert record_request("/again") == 1, "counting starts over after a reset"


@pytest.mark.task(taskno=3)
def test_make_counter_counts_from_start() -> None:
    count = make_counter()
    got = [count(), count(), count()]
    assert got == [1, 2, 3], f"a counter from 0 returns 1, 2, 3; got {got}"
    count = make_counter(100)
    assert count() == 101, "a counter from 100 starts at 101"


@pytest.mark.task(taskno=3)
def test_counters_are_independent() -> None:
    logins, errors = make_counter(), make_counter(100)
    got = [logins(), logins(), errors(), logins(), errors()]
    assert got == [1, 2, 101, 3, 102], f"each counter keeps its own number, got {got}"
    assert server.request_count == 0, "counters must not touch request_count"


@pytest.mark.task(taskno=4)
def test_rate_limiter_allows_up_to_the_limit() -> None:
    allow = make_rate_limiter(2)
    got = [allow(), allow(), allow(), allow()]
    assert got == [True, True, False, False], f"two calls allowed, then refused; got {got}"


@pytest.mark.task(taskno=4)
def test_rate_limiters_have_their_own_budget() -> None:
    first, second = make_rate_limiter(1), make_rate_limiter(1)
    assert first() is True, "the first call of a limit-1 limiter is allowed"
    assert second() is True, "another limiter has its own budget"
    assert first() is False, "the first limiter has used its one call"
    closed = make_rate_limiter(0)
    assert closed() is False, "a limit of 0 allows nothing"
