import asyncio
from collections.abc import Awaitable, Callable

import pytest
from anchored_job_scheduler import Job, RunRecord, Scheduler

from pyhero.sealed.clock import run


def worker(durations: list[float], failures: int = 0) -> Callable[[], Awaitable[None]]:
    """A job that sleeps for the next duration (0.25 s when they run out), failing the
    first ``failures`` calls."""
    calls = [0]

    async def job() -> None:
        calls[0] += 1
        await asyncio.sleep(durations.pop(0) if durations else 0.25)
        if calls[0] <= failures:
            raise ConnectionError(f"call {calls[0]} failed")

    return job


def slots(records: list[RunRecord], name: str) -> list[tuple[float, float, float]]:
    return [(r.scheduled, r.started, r.finished) for r in records if r.name == name]


@pytest.mark.task(taskno=1)
def test_add_refuses_bad_jobs() -> None:
    scheduler = Scheduler()
    scheduler.add(Job("refresh", 1.0, worker([])))
    assert scheduler.missed == {"refresh": 0}
    for job in (Job("refresh", 2.0, worker([])), Job("x", 0, worker([])),
                Job("y", 1.0, worker([]), max_retries=-1)):  # fmt: skip
        with pytest.raises(ValueError, match=r"\w"):
            scheduler.add(job)
    with pytest.raises(ValueError, match=r"\w"):
        scheduler.add(Job("z", 1.0, worker([])), delay=-1)


@pytest.mark.task(taskno=2)
def test_slots_are_anchored_and_do_not_drift() -> None:
    scheduler = Scheduler()
    scheduler.add(Job("refresh", 1.0, worker([0.5, 0.75, 0.25])))
    records = run(scheduler.run(until=3.5)).unwrap()
    assert slots(records, "refresh") == [(1.0, 1.0, 1.5), (2.0, 2.0, 2.75), (3.0, 3.0, 3.25)]
    assert all(r.ok and r.attempts == 1 for r in records)


@pytest.mark.task(taskno=2)
def test_delay_sets_the_first_slot_and_until_stops_new_runs() -> None:
    scheduler = Scheduler()
    scheduler.add(Job("ping", 2.0, worker([1.5, 0.5])), delay=0)
    result = run(scheduler.run(until=2.0))
    assert slots(result.unwrap(), "ping") == [(0.0, 0.0, 1.5)], "no run starts at until"
    assert result.elapsed == 1.5, "run returns once the started runs are done"


@pytest.mark.task(taskno=2)
def test_jobs_run_concurrently_in_scheduled_order() -> None:
    scheduler = Scheduler()
    scheduler.add(Job("slow", 1.0, worker([2.5])), delay=0.5)
    scheduler.add(Job("fast", 0.5, worker([0.125] * 10)))
    records = run(scheduler.run(until=1.75)).unwrap()
    assert [(r.name, r.scheduled) for r in records] == [
        ("fast", 0.5), ("slow", 0.5), ("fast", 1.0), ("fast", 1.5),
    ]  # fmt: skip
    assert slots(records, "fast")[1] == (1.0, 1.0, 1.125), "the slow job must not delay others"


@pytest.mark.task(taskno=3)
def test_late_runs_skip_the_slots_they_missed() -> None:
    scheduler = Scheduler()
    scheduler.add(Job("export", 1.0, worker([2.5, 0.25, 1.0])))
    records = run(scheduler.run(until=6.0)).unwrap()
    assert slots(records, "export") == [(1.0, 1.0, 3.5), (4.0, 4.0, 4.25), (5.0, 5.0, 6.0)]
    assert scheduler.missed == {"export": 2}


@pytest.mark.task(taskno=3)
def test_a_slot_equal_to_the_finish_time_runs_at_once() -> None:
    scheduler = Scheduler()
    scheduler.add(Job("export", 1.0, worker([1.0, 0.25])), delay=0)
    records = run(scheduler.run(until=1.5)).unwrap()
    assert slots(records, "export") == [(0.0, 0.0, 1.0), (1.0, 1.0, 1.25)]
    assert scheduler.missed == {"export": 0}


@pytest.mark.task(taskno=4)
def test_failures_are_retried_with_doubling_delays() -> None:
    scheduler = Scheduler()
    scheduler.add(Job("partner", 10.0, worker([0.25] * 5, failures=3), max_retries=3,
                      retry_delay=0.5), delay=0)  # fmt: skip
    records = run(scheduler.run(until=1.0)).unwrap()
    # attempts end at 0.25, 1.0 (0.5 wait), 2.25 (1 s wait), 4.5 (2 s wait): the 4th succeeds
    assert records == [RunRecord("partner", 0.0, 0.0, 4.5, 4, True)]


@pytest.mark.task(taskno=4)
def test_a_run_that_keeps_failing_is_recorded_and_the_job_goes_on() -> None:
    scheduler = Scheduler()
    scheduler.add(Job("partner", 2.0, worker([], failures=2), max_retries=1, retry_delay=0.25))
    records = run(scheduler.run(until=4.5)).unwrap()
    assert [(r.scheduled, r.finished, r.attempts, r.ok) for r in records] == [
        (2.0, 2.75, 2, False), (4.0, 4.25, 1, True),
    ]  # fmt: skip
