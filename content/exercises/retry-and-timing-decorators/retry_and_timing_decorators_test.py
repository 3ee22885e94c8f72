import pytest

from retry_and_timing_decorators import retry, timed


class FakeClock:
    """A clock that only moves when the code under test sleeps or a test advances it."""

    def __init__(self, start: float = 100.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Flaky:
    """Raises the given errors in order, then returns ``result``; counts its calls."""

    def __init__(self, errors: list[Exception], result: str = "ok") -> None:
        self.errors = list(errors)
        self.result = result
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> str:
        self.calls.append(args)
        if self.errors:
            raise self.errors.pop(0)
        return self.result


@pytest.mark.task(taskno=1)
def test_retry_returns_the_first_successful_result() -> None:
    clock = FakeClock()
    flaky = Flaky([ConnectionError("reset"), ConnectionError("reset")], result="payload")
    fetch = retry(3, (ConnectionError,), sleep=clock.sleep)(flaky)
    got = fetch("/users", 7)
    assert got == "payload", f"the third attempt succeeds, got {got!r}"
    assert flaky.calls == [("/users", 7)] * 3, "every attempt gets the same arguments"


@pytest.mark.task(taskno=1)
def test_retry_does_not_call_again_after_a_success() -> None:
    clock = FakeClock()
    flaky = Flaky([])
    fetch = retry(5, sleep=clock.sleep)(flaky)
    assert fetch() == "ok"
    assert len(flaky.calls) == 1, f"a success ends the loop, got {len(flaky.calls)} calls"
    assert clock.sleeps == [], f"no sleep without a failure, got {clock.sleeps}"


@pytest.mark.task(taskno=1)
def test_retry_reraises_the_last_error_after_all_attempts() -> None:
    clock = FakeClock()
    last = TimeoutError("third")
    flaky = Flaky([TimeoutError("first"), TimeoutError("second"), last])
    fetch = retry(3, (TimeoutError,), sleep=clock.sleep)(flaky)
    with pytest.raises(TimeoutError) as info:
        fetch()
    assert info.value is last, f"the caller sees the last error itself, got {info.value!r}"
    assert len(flaky.calls) == 3, f"times=3 means three attempts, got {len(flaky.calls)}"


@pytest.mark.task(taskno=1)
def test_every_call_gets_all_its_attempts() -> None:
    clock = FakeClock()
    attempts: list[int] = []

    def fails_twice_per_call() -> str:
        attempts.append(len(attempts) + 1)
        if len(attempts) % 3:
            raise OSError("blip")
        return "ok"

    fetch = retry(3, (OSError,), sleep=clock.sleep)(fails_twice_per_call)
    assert fetch() == "ok", "the first call fails twice, then succeeds"
    assert fetch() == "ok", "the second call starts again with three attempts"
    assert len(attempts) == 6, f"3 attempts for each call, got {len(attempts)}"


@pytest.mark.task(taskno=1)
def test_retry_with_one_attempt_never_retries() -> None:
    clock = FakeClock()
    flaky = Flaky([ConnectionError("down")])
    with pytest.raises(ConnectionError):
        retry(1, sleep=clock.sleep)(flaky)()
    assert len(flaky.calls) == 1, f"times=1 is a single attempt, got {len(flaky.calls)}"
    assert clock.sleeps == [], f"no sleep for a single attempt, got {clock.sleeps}"


@pytest.mark.task(taskno=1)
def test_retry_lets_unlisted_exceptions_through_at_once() -> None:
    clock = FakeClock()
    flaky = Flaky([KeyError("bug"), KeyError("bug")])
    fetch = retry(4, (ConnectionError, TimeoutError), backoff=1.0, sleep=clock.sleep)(flaky)
    with pytest.raises(KeyError):
        fetch()
    assert len(flaky.calls) == 1, "a programming error is not retried"
    assert clock.sleeps == [], f"nothing to wait for, got {clock.sleeps}"


@pytest.mark.task(taskno=1)
def test_retry_catches_any_exception_by_default() -> None:
    clock = FakeClock()
    flaky = Flaky([ValueError("a"), LookupError("b")], result="done")
    assert retry(3, sleep=clock.sleep)(flaky)() == "done"
    assert len(flaky.calls) == 3


@pytest.mark.task(taskno=1)
def test_retry_backoff_doubles_between_attempts() -> None:
    clock = FakeClock()
    flaky = Flaky([OSError()] * 4)
    fetch = retry(5, (OSError,), backoff=0.5, sleep=clock.sleep)(flaky)
    assert fetch() == "ok"
    assert clock.sleeps == [0.5, 1.0, 2.0, 4.0], (
        f"waits are backoff * 2 ** (n - 1) after the n-th failure, got {clock.sleeps}"
    )


@pytest.mark.task(taskno=1)
def test_retry_does_not_sleep_after_the_final_failure() -> None:
    clock = FakeClock()
    flaky = Flaky([OSError()] * 3)
    fetch = retry(3, (OSError,), backoff=0.25, sleep=clock.sleep)(flaky)
    with pytest.raises(OSError):
        fetch()
    assert clock.sleeps == [0.25, 0.5], f"two waits between three attempts, got {clock.sleeps}"


@pytest.mark.task(taskno=1)
def test_retry_with_zero_backoff_sleeps_zero_seconds() -> None:
    clock = FakeClock()
    flaky = Flaky([OSError()] * 2)
    assert retry(3, (OSError,), sleep=clock.sleep)(flaky)() == "ok"
    assert clock.sleeps == [0.0, 0.0], f"backoff defaults to 0.0, got {clock.sleeps}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("times", [0, -1])
def test_retry_rejects_fewer_than_one_attempt(times: int) -> None:
    with pytest.raises(ValueError, match="times"):
        retry(times)


@pytest.mark.task(taskno=1)
def test_retry_rejects_negative_backoff_but_accepts_zero() -> None:
    with pytest.raises(ValueError, match="backoff"):
        retry(2, backoff=-0.1)
    assert callable(retry(2, backoff=0.0)), "backoff=0.0 is valid"


@pytest.mark.task(taskno=2)
def test_decorators_preserve_the_wrapped_function_metadata() -> None:
    def fetch_user(user_id: int) -> str:
        """Load one user from the API."""
        return f"user-{user_id}"

    for decorator in (retry(2), timed(lambda name, seconds: None)):
        wrapped = decorator(fetch_user)
        assert wrapped.__name__ == "fetch_user", f"got {wrapped.__name__!r}: use functools.wraps"
        assert wrapped.__doc__ == "Load one user from the API."
        assert wrapped.__qualname__ == fetch_user.__qualname__
        assert wrapped.__wrapped__ is fetch_user  # type: ignore[attr-defined]
        assert wrapped(3) == "user-3"


@pytest.mark.task(taskno=3)
def test_timed_reports_the_qualified_name_and_elapsed_seconds() -> None:
    clock = FakeClock(start=50.0)
    reports: list[tuple[str, float]] = []

    class Client:
        @timed(lambda name, seconds: reports.append((name, seconds)), clock=clock)
        def fetch(self, path: str) -> str:
            clock.now += 1.5
            return path.upper()

    assert Client().fetch("/a") == "/A"
    assert len(reports) == 1
    name, seconds = reports[0]
    assert name.endswith("Client.fetch"), f"report the __qualname__, got {name!r}"
    assert seconds == 1.5, f"elapsed is end - start on the injected clock, got {seconds}"


@pytest.mark.task(taskno=3)
def test_timed_reports_even_when_the_call_raises() -> None:
    clock = FakeClock()
    reports: list[tuple[str, float]] = []

    @timed(lambda name, seconds: reports.append((name, seconds)), clock=clock)
    def explode() -> None:
        clock.now += 0.25
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        explode()
    assert [seconds for _, seconds in reports] == [0.25], f"report in a finally, got {reports}"


@pytest.mark.task(taskno=3)
def test_timed_reports_once_per_call() -> None:
    clock = FakeClock()
    seen: list[float] = []

    @timed(lambda name, seconds: seen.append(seconds), clock=clock)
    def step(seconds: float) -> float:
        clock.now += seconds
        return seconds * 2

    assert [step(1.0), step(3.0)] == [2.0, 6.0]
    assert seen == [1.0, 3.0], f"one report per call, got {seen}"


@pytest.mark.task(taskno=3)
def test_timed_outside_retry_measures_all_attempts_and_waits() -> None:
    clock = FakeClock()
    seen: list[float] = []
    flaky = Flaky([OSError(), OSError()])

    fetch = timed(lambda name, seconds: seen.append(seconds), clock=clock)(
        retry(3, (OSError,), backoff=2.0, sleep=clock.sleep)(flaky)
    )
    assert fetch() == "ok"
    assert seen == [6.0], f"2 s + 4 s of backoff happen inside the timed call, got {seen}"
