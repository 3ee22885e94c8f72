from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from retry_and_cleanup_contexts import open_all, remove_quietly, retry_attempts, timed


class FakeClock:
    def __init__(self, *readings: float) -> None:
        self.readings = list(readings)

    def __call__(self) -> float:
        return self.readings.pop(0)


def flaky(failures: int, exc: type[Exception] = ConnectionError) -> Callable[[], str]:
    calls = {"n": 0}

    def call() -> str:
        calls["n"] += 1
        if calls["n"] <= failures:
            raise exc(f"failure {calls['n']}")
        return "ok"

    return call


def run_with_retries(
    call: Callable[[], str],
    attempts: int,
    sleeps: list[float],
    base_delay: float = 0.0,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
) -> tuple[str | None, list[int]]:
    numbers: list[int] = []
    result = None
    retries = retry_attempts(
        attempts, sleep=sleeps.append, base_delay=base_delay, retry_on=retry_on
    )
    for attempt in retries:
        with attempt as number:
            numbers.append(number)
            result = call()
    return result, numbers


def resource(
    name: str, log: list[str], fail: bool = False
) -> Callable[[], AbstractContextManager[str]]:
    @contextmanager
    def manage() -> Iterator[str]:
        if fail:
            log.append(f"fail {name}")
            raise OSError(f"cannot open {name}")
        log.append(f"open {name}")
        try:
            yield name.upper()
        finally:
            log.append(f"close {name}")

    return manage


@pytest.mark.task(taskno=1)
def test_timed_reports_label_duration_and_success() -> None:
    reports: list[tuple[str, float, bool]] = []
    with timed("load", lambda *r: reports.append(r), clock=FakeClock(10.0, 12.5)):
        pass
    assert reports == [("load", 2.5, True)], f"got {reports}"


@pytest.mark.task(taskno=1)
def test_timed_reports_failures_and_lets_the_error_through() -> None:
    reports: list[tuple[str, float, bool]] = []
    with (
        pytest.raises(KeyError),
        timed("parse", lambda *r: reports.append(r), clock=FakeClock(1.0, 1.25)),
    ):
        raise KeyError("x")
    assert reports == [("parse", 0.25, False)], "the report happens even when the block raises"


@pytest.mark.task(taskno=2)
def test_first_try_success_runs_once_and_never_sleeps() -> None:
    sleeps: list[float] = []
    assert run_with_retries(flaky(0), 3, sleeps) == ("ok", [1])
    assert sleeps == []


@pytest.mark.task(taskno=2)
def test_retries_until_success_with_exponential_backoff() -> None:
    sleeps: list[float] = []
    got = run_with_retries(flaky(2), 5, sleeps, base_delay=0.5)
    assert got == ("ok", [1, 2, 3]), f"two failures then success, got {got}"
    assert sleeps == [0.5, 1.0], f"delay doubles after each failure, got {sleeps}"


@pytest.mark.task(taskno=2)
def test_last_failure_propagates_after_all_attempts() -> None:
    sleeps: list[float] = []
    numbers: list[int] = []
    call = flaky(10)
    with pytest.raises(ConnectionError, match="failure 3"):
        for attempt in retry_attempts(3, sleep=sleeps.append, base_delay=1.0):
            with attempt as number:
                numbers.append(number)
                call()
    assert numbers == [1, 2, 3]
    assert sleeps == [1.0, 2.0], "no sleep after the final attempt"


@pytest.mark.task(taskno=2)
def test_exactly_as_many_failures_as_allowed_retries_still_succeeds() -> None:
    sleeps: list[float] = []
    numbers: list[int] = []
    call = flaky(2)
    for attempt in retry_attempts(3, sleep=sleeps.append):
        with attempt as number:
            numbers.append(number)
            call()
    assert numbers == [1, 2, 3]
    assert sleeps == [0.0, 0.0], "base_delay defaults to 0"


@pytest.mark.task(taskno=2)
def test_errors_outside_retry_on_are_not_retried() -> None:
    sleeps: list[float] = []
    with pytest.raises(ValueError, match="failure 1"):
        run_with_retries(flaky(1, ValueError), 3, sleeps, retry_on=(ConnectionError,))
    assert sleeps == []


@pytest.mark.task(taskno=2)
def test_single_attempt_means_no_retry() -> None:
    with pytest.raises(ConnectionError):
        run_with_retries(flaky(1), 1, [])


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("attempts", [0, -1])
def test_max_attempts_must_be_positive_checked_at_call_time(attempts: int) -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        retry_attempts(attempts)


@pytest.mark.task(taskno=3)
def test_open_all_yields_every_resource_and_closes_in_reverse() -> None:
    log: list[str] = []
    with open_all([resource("db", log), resource("cache", log), resource("queue", log)]) as got:
        assert got == ["DB", "CACHE", "QUEUE"]
        log.append("work")
    want = ["open db", "open cache", "open queue", "work", "close queue", "close cache", "close db"]
    assert log == want, f"got {log}"


@pytest.mark.task(taskno=3)
def test_open_all_rolls_back_when_one_resource_fails() -> None:
    log: list[str] = []
    factories = [resource("db", log), resource("cache", log), resource("queue", log, fail=True)]
    with pytest.raises(OSError, match="queue"), open_all(factories):
        log.append("never runs")
    assert log == ["open db", "open cache", "fail queue", "close cache", "close db"], log


@pytest.mark.task(taskno=3)
def test_open_all_closes_everything_when_the_block_raises() -> None:
    log: list[str] = []
    with pytest.raises(RuntimeError), open_all([resource("a", log), resource("b", log)]):
        raise RuntimeError("boom")
    assert log == ["open a", "open b", "close b", "close a"]


@pytest.mark.task(taskno=3)
def test_open_all_with_no_resources_yields_an_empty_list() -> None:
    nothing: list[Callable[[], AbstractContextManager[str]]] = []
    with open_all(nothing) as got:
        assert got == []


@pytest.mark.task(taskno=4)
def test_remove_quietly(tmp_path: Path) -> None:
    target = tmp_path / "stale.lock"
    target.write_text("pid 42")
    assert remove_quietly(target) is True
    assert not target.exists()
    assert remove_quietly(target) is False, "already gone is fine"
    with pytest.raises(IsADirectoryError):
        remove_quietly(tmp_path)
