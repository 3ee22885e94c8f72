from collections.abc import Callable

import pytest

from circuit_breaker_retry import (
    CircuitBreaker,
    CircuitOpenError,
    CircuitState,
    retry_policy,
)


class FakeClock:
    """A clock the test moves by hand: no real waiting."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def failing(error: Exception) -> Callable[[], int]:
    def call() -> int:
        raise error

    return call


def trip(breaker: CircuitBreaker, times: int) -> None:
    for _ in range(times):
        with pytest.raises(ConnectionError):
            breaker.call(failing(ConnectionError("down")))


def state_of(breaker: CircuitBreaker) -> CircuitState:
    return breaker.state


class Flaky:
    """Fails with the given errors, in order, then returns 'ok'."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


@pytest.mark.task(taskno=1)
def test_closed_breaker_passes_results_through() -> None:
    breaker = CircuitBreaker(clock=FakeClock())
    assert breaker.state is CircuitState.CLOSED
    assert breaker.call(lambda: 42) == 42
    assert breaker.failures == 0


@pytest.mark.task(taskno=1)
def test_failures_are_counted_and_reraised() -> None:
    breaker = CircuitBreaker(clock=FakeClock())
    trip(breaker, 2)
    assert breaker.failures == 2, "each failure is counted"
    assert breaker.state is CircuitState.CLOSED, "the default threshold is 3"


@pytest.mark.task(taskno=1)
def test_a_success_resets_the_consecutive_failure_count() -> None:
    breaker = CircuitBreaker(clock=FakeClock())
    trip(breaker, 2)
    breaker.call(lambda: 1)
    assert breaker.failures == 0, "only consecutive failures count"
    trip(breaker, 2)
    assert breaker.state is CircuitState.CLOSED


@pytest.mark.task(taskno=1)
def test_opens_at_the_threshold_and_fails_fast() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(clock=clock)
    trip(breaker, 3)
    assert breaker.state is CircuitState.OPEN, "3 consecutive failures open the circuit"
    assert breaker.failures == 0, "the counter restarts when the circuit opens"
    dependency = Flaky()
    clock.now += 10
    with pytest.raises(CircuitOpenError) as info:
        breaker.call(dependency)
    assert dependency.calls == 0, "an open circuit must not call the dependency"
    assert info.value.retry_after == pytest.approx(20.0), "30 s timeout, 10 s already passed"
    assert str(info.value) == "circuit open, retry in 20.0s", str(info.value)


@pytest.mark.task(taskno=1)
def test_the_message_rounds_retry_after_to_one_decimal() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=1, clock=clock)
    trip(breaker, 1)
    clock.now += 10.015625
    with pytest.raises(CircuitOpenError) as info:
        breaker.call(lambda: 1)
    assert info.value.retry_after == pytest.approx(19.984375)
    assert str(info.value) == "circuit open, retry in 20.0s", "rounded as :.1f rounds"


@pytest.mark.task(taskno=1)
def test_a_slow_failure_opens_the_circuit_when_it_ends() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=1, reset_timeout=10.0, clock=clock)

    def times_out() -> int:
        clock.now += 5  # the call hangs 5 s before failing
        raise TimeoutError("no answer")

    with pytest.raises(TimeoutError):
        breaker.call(times_out)
    clock.now += 9
    assert breaker.state is CircuitState.OPEN, "opened at the failure (1005), not at 1000"
    with pytest.raises(CircuitOpenError) as info:
        breaker.call(lambda: 1)
    assert info.value.retry_after == pytest.approx(1.0)


@pytest.mark.task(taskno=1)
def test_half_open_exactly_at_the_reset_timeout() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=1, reset_timeout=5.0, clock=clock)
    trip(breaker, 1)
    clock.now += 4.999
    assert state_of(breaker) is CircuitState.OPEN
    clock.now = 1005.0
    assert state_of(breaker) is CircuitState.HALF_OPEN, "the timeout boundary is inclusive"


@pytest.mark.task(taskno=1)
def test_half_open_success_closes_the_circuit() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=2, reset_timeout=30.0, clock=clock)
    trip(breaker, 2)
    clock.now += 30
    assert breaker.call(lambda: "pong") == "pong"
    assert breaker.state is CircuitState.CLOSED
    trip(breaker, 1)
    assert breaker.state is CircuitState.CLOSED, "the count starts again from zero"


@pytest.mark.task(taskno=1)
def test_half_open_failure_reopens_for_a_full_timeout() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=2, reset_timeout=30.0, clock=clock)
    trip(breaker, 2)
    clock.now += 31
    trip(breaker, 1)
    assert breaker.state is CircuitState.OPEN, "one failed trial call reopens the circuit"
    clock.now += 29
    with pytest.raises(CircuitOpenError) as info:
        breaker.call(lambda: 1)
    assert info.value.retry_after == pytest.approx(1.0), "the timeout restarts at the failure"


@pytest.mark.task(taskno=1)
def test_breaker_arguments_are_validated() -> None:
    assert CircuitBreaker(failure_threshold=1, reset_timeout=0.5).state is CircuitState.CLOSED
    with pytest.raises(ValueError):
        CircuitBreaker(failure_threshold=0)
    with pytest.raises(ValueError):
        CircuitBreaker(reset_timeout=0)


@pytest.mark.task(taskno=2)
def test_retry_sleeps_with_exponential_backoff_then_succeeds() -> None:
    sleeps: list[float] = []
    flaky = Flaky(ConnectionError("a"), TimeoutError("b"), ConnectionError("c"))
    result = retry_policy(sleep=sleeps.append)(flaky)()
    assert result == "ok"
    assert flaky.calls == 4, "4 attempts by default"
    assert sleeps == [0.5, 1.0, 2.0], f"0.5 s doubled after each failure, got {sleeps}"


@pytest.mark.task(taskno=2)
def test_retry_gives_up_and_reraises_the_last_error() -> None:
    sleeps: list[float] = []
    flaky = Flaky(*(ConnectionError(str(n)) for n in range(10)))
    with pytest.raises(ConnectionError, match="3"):
        retry_policy(sleep=sleeps.append)(flaky)()
    assert flaky.calls == 4, "stop after the 4th attempt"
    assert len(sleeps) == 3, "no sleep after the last attempt"


@pytest.mark.task(taskno=2)
def test_backoff_is_capped_at_max_delay() -> None:
    sleeps: list[float] = []
    flaky = Flaky(*(TimeoutError() for _ in range(6)))
    assert retry_policy(attempts=7, sleep=sleeps.append)(flaky)() == "ok"
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0], f"capped at 8 s by default, got {sleeps}"
    sleeps.clear()
    flaky = Flaky(*(TimeoutError() for _ in range(4)))
    policy = retry_policy(attempts=5, base_delay=1.0, max_delay=3.0, sleep=sleeps.append)
    assert policy(flaky)() == "ok"
    assert sleeps == [1.0, 2.0, 3.0, 3.0], sleeps


@pytest.mark.task(taskno=2)
def test_permanent_errors_are_not_retried() -> None:
    sleeps: list[float] = []
    flaky = Flaky(ValueError("bad request"))
    with pytest.raises(ValueError, match="bad request"):
        retry_policy(sleep=sleeps.append)(flaky)()
    assert flaky.calls == 1, "a ValueError is not transient"
    assert sleeps == []


@pytest.mark.task(taskno=2)
def test_subclasses_of_transient_errors_are_retried_but_not_their_parents() -> None:
    sleeps: list[float] = []
    flaky = Flaky(ConnectionResetError("reset"), BrokenPipeError("pipe"))
    assert retry_policy(sleep=sleeps.append)(flaky)() == "ok", "both are ConnectionErrors"
    assert sleeps == [0.5, 1.0]
    flaky = Flaky(OSError("disk full"))
    with pytest.raises(OSError, match="disk full"):
        retry_policy(sleep=sleeps.append)(flaky)()
    assert flaky.calls == 1, "OSError is the parent of ConnectionError, not a transient error"


@pytest.mark.task(taskno=2)
def test_every_call_of_the_decorated_function_gets_all_its_attempts() -> None:
    sleeps: list[float] = []
    flaky = Flaky(ConnectionError(), ConnectionError(), ConnectionError())
    fetch = retry_policy(attempts=3, sleep=sleeps.append)(flaky)
    with pytest.raises(ConnectionError):
        fetch()
    sleeps.clear()
    flaky.errors = [TimeoutError(), TimeoutError()]
    assert fetch() == "ok", "a new call starts with 3 attempts again"
    assert sleeps == [0.5, 1.0], "and with the first delay"


@pytest.mark.task(taskno=2)
def test_retry_on_chooses_the_transient_errors() -> None:
    sleeps: list[float] = []
    flaky = Flaky(KeyError("k"), ConnectionError("c"))
    with pytest.raises(ConnectionError):
        retry_policy(retry_on=(KeyError,), sleep=sleeps.append)(flaky)()
    assert flaky.calls == 2
    assert sleeps == [0.5]


@pytest.mark.task(taskno=2)
def test_one_attempt_means_no_retry_and_zero_is_refused() -> None:
    flaky = Flaky(ConnectionError())
    with pytest.raises(ConnectionError):
        retry_policy(attempts=1, sleep=lambda _: None)(flaky)()
    assert flaky.calls == 1
    with pytest.raises(ValueError):
        retry_policy(attempts=0)


@pytest.mark.task(taskno=2)
def test_decorated_function_keeps_its_arguments() -> None:
    @retry_policy(sleep=lambda _: None)
    def add(a: int, b: int = 0) -> int:
        return a + b

    assert add(2, b=3) == 5


@pytest.mark.task(taskno=3)
def test_retry_around_a_breaker_stops_when_the_circuit_opens() -> None:
    clock = FakeClock()
    sleeps: list[float] = []
    breaker = CircuitBreaker(failure_threshold=2, clock=clock)
    flaky = Flaky(*(ConnectionError() for _ in range(10)))

    @retry_policy(attempts=5, sleep=sleeps.append)
    def fetch() -> str:
        return breaker.call(flaky)

    with pytest.raises(CircuitOpenError):
        fetch()
    assert flaky.calls == 2, "after the circuit opens, retries fail fast without calling"
    assert sleeps == [0.5, 1.0], "CircuitOpenError is not a transient error"
