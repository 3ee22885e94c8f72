import pytest
from round_robin_job_scheduler import (
    active_workers,
    assign_round_robin,
    interleave,
    pending_jobs,
    schedule,
)

JOBS = [f"job-{i}" for i in range(1, 8)]


@pytest.mark.task(taskno=1)
def test_assign_round_robin_deals_jobs_in_turn() -> None:
    got = assign_round_robin(JOBS, ["w1", "w2", "w3"])
    want = {
        "w1": ["job-1", "job-4", "job-7"],
        "w2": ["job-2", "job-5"],
        "w3": ["job-3", "job-6"],
    }
    assert got == want, f"jobs are dealt like cards, got {got}"
    assert list(got) == ["w1", "w2", "w3"], "workers keep their order"


@pytest.mark.task(taskno=1)
def test_assign_round_robin_lists_idle_workers_too() -> None:
    got = assign_round_robin(["only"], ["a", "b"])
    assert got == {"a": ["only"], "b": []}, f"idle workers get an empty list, got {got}"
    assert assign_round_robin([], ["a"]) == {"a": []}, "no jobs, nothing to do"


@pytest.mark.task(taskno=1)
def test_assign_round_robin_validates_workers() -> None:
    with pytest.raises(ValueError):
        assign_round_robin(JOBS, [])
    with pytest.raises(ValueError):
        assign_round_robin(JOBS, ["w1", "w2", "w1"])


@pytest.mark.task(taskno=2)
def test_interleave_takes_one_from_each_queue_in_turn() -> None:
    got = interleave(["a1", "a2", "a3"], ["b1"], [], ["c1", "c2"])
    assert got == ["a1", "b1", "c1", "a2", "c2", "a3"], f"fair merge, got {got}"
    assert interleave() == [], "no queues"
    assert interleave([], []) == [], "only empty queues"


@pytest.mark.task(taskno=2)
def test_interleave_keeps_none_and_falsy_items() -> None:
    got = interleave([None, 0], ["", False, None])
    assert got == [None, "", 0, False, None], f"None is an item, not a gap, got {got}"


@pytest.mark.task(taskno=3)
def test_active_workers_uses_the_health_flags() -> None:
    got = active_workers(["w1", "w2", "w3", "w4"], [True, False, True, False])
    assert got == ["w1", "w3"], f"only healthy workers, got {got}"
    assert active_workers([], []) == [], "no workers"


@pytest.mark.task(taskno=3)
def test_active_workers_reads_flags_as_sqlite_returns_them() -> None:
    got = active_workers(["w1", "w2", "w3"], [1, 0, 1])
    assert got == ["w1", "w3"], f"1 and 0 are true and false, as `if flag:` reads them, got {got}"


@pytest.mark.task(taskno=3)
def test_active_workers_requires_one_flag_per_worker() -> None:
    with pytest.raises(ValueError):
        active_workers(["w1", "w2"], [True])
    with pytest.raises(ValueError):
        active_workers(["w1"], [True, True])


@pytest.mark.task(taskno=3)
def test_pending_jobs_drops_done_jobs_in_order() -> None:
    got = pending_jobs(JOBS, {"job-2", "job-5", "job-99"})
    assert got == ["job-1", "job-3", "job-4", "job-6", "job-7"], f"got {got}"
    assert pending_jobs(JOBS, set()) == JOBS, "nothing done yet"


@pytest.mark.task(taskno=4)
def test_schedule_combines_the_steps() -> None:
    got = schedule(JOBS, ["w1", "w2", "w3"], [False, True, True], {"job-1", "job-4"})
    want = {"w2": ["job-2", "job-5", "job-7"], "w3": ["job-3", "job-6"]}
    assert got == want, f"pending jobs go to healthy workers only, got {got}"


@pytest.mark.task(taskno=4)
def test_schedule_without_healthy_workers_fails() -> None:
    with pytest.raises(ValueError, match="no healthy worker"):
        schedule(JOBS, ["w1", "w2"], [False, False], set())
