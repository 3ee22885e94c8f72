import threading
from collections.abc import Iterator

import pytest

from threaded_fan_out_pipeline import SafeCounter, fan_out, run_pipeline, settle

BARRIER_TIMEOUT = 2.0  # only reached when the work does NOT run concurrently


def meet(parties: int) -> threading.Barrier:
    """A barrier that only opens when ``parties`` threads wait on it at the same time."""
    return threading.Barrier(parties, timeout=BARRIER_TIMEOUT)


def live_pipeline_workers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("pipeline-worker-")]


@pytest.mark.task(taskno=1)
def test_fan_out_keeps_input_order() -> None:
    got = fan_out(lambda n: n * n, [5, 1, 4, 2, 3], max_workers=3)
    assert got == [25, 1, 16, 4, 9], f"results follow the input order, got {got}"


@pytest.mark.task(taskno=1)
def test_fan_out_runs_calls_concurrently() -> None:
    barrier = meet(3)

    def fetch(url: str) -> str:
        barrier.wait()  # breaks (BrokenBarrierError) unless 3 calls overlap
        return url.upper()

    assert fan_out(fetch, ["a", "b", "c"], max_workers=3) == ["A", "B", "C"]


@pytest.mark.task(taskno=1)
def test_fan_out_with_one_worker_uses_one_thread() -> None:
    names: list[str] = []

    def record(n: int) -> int:
        names.append(threading.current_thread().name)
        return n + 1

    assert fan_out(record, iter(range(4)), max_workers=1) == [1, 2, 3, 4]
    assert len(set(names)) == 1, f"max_workers=1 means one thread, saw {set(names)}"
    assert threading.current_thread().name not in names, "the work runs on the pool"


@pytest.mark.task(taskno=1)
def test_fan_out_of_nothing_is_an_empty_list() -> None:
    assert fan_out(str, [], max_workers=2) == []


@pytest.mark.task(taskno=1)
def test_fan_out_propagates_the_first_failure() -> None:
    def parse(text: str) -> int:
        return int(text)

    with pytest.raises(ValueError, match="invalid literal"):
        fan_out(parse, ["1", "x", "3"], max_workers=2)


@pytest.mark.task(taskno=1)
def test_fan_out_raises_the_earliest_failure_by_position_not_by_time() -> None:
    later_failed = threading.Event()

    def check(item: str) -> str:
        if item == "first":
            later_failed.wait(BARRIER_TIMEOUT)  # fails only after "second" has failed
            raise ValueError("first is bad")
        if item == "second":
            later_failed.set()
            raise ValueError("second is bad")
        return item

    with pytest.raises(ValueError, match="^first is bad$"):
        fan_out(check, ["ok", "first", "second"], max_workers=3)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("bad", [0, -1])
def test_fan_out_and_settle_need_at_least_one_worker(bad: int) -> None:
    with pytest.raises(ValueError, match=rf"^max_workers must be at least 1, got {bad}$"):
        fan_out(str, [1], max_workers=bad)
    with pytest.raises(ValueError, match=rf"^max_workers must be at least 1, got {bad}$"):
        settle(str, [1], max_workers=bad)


@pytest.mark.task(taskno=2)
def test_settle_splits_results_and_errors_in_input_order() -> None:
    failures = {"b": KeyError("b"), "d": TimeoutError("d")}

    def load(key: str) -> str:
        if key in failures:
            raise failures[key]
        return key * 2

    results, errors = settle(load, ["d", "a", "b", "c"], max_workers=2)
    assert results == {"a": "aa", "c": "cc"}
    assert list(results) == ["a", "c"], "dicts follow the input order"
    assert list(errors) == ["d", "b"]
    assert errors["b"] is failures["b"] and errors["d"] is failures["d"], "the raised objects"


@pytest.mark.task(taskno=2)
def test_settle_calls_once_per_distinct_item_concurrently() -> None:
    barrier = meet(2)
    calls: list[int] = []
    lock = threading.Lock()

    def work(n: int) -> int:
        with lock:
            calls.append(n)
        barrier.wait()
        return -n

    results, errors = settle(work, [1, 2, 1, 2, 1], max_workers=2)
    assert (results, errors) == ({1: -1, 2: -2}, {})
    assert sorted(calls) == [1, 2], f"duplicates are not called again, got {calls}"


@pytest.mark.task(taskno=2)
def test_settle_with_one_worker_and_no_items() -> None:
    assert settle(str, [], max_workers=1) == ({}, {})
    assert settle(str, [7], max_workers=1) == ({7: "7"}, {})


@pytest.mark.task(taskno=2)
def test_settle_follows_input_order_even_when_later_items_finish_first() -> None:
    done = {key: threading.Event() for key in "abc"}

    def load(key: str) -> str:
        following = {"a": "b", "b": "c"}.get(key)
        if following:
            done[following].wait(BARRIER_TIMEOUT)  # "c" ends first, then "b", then "a"
        done[key].set()
        if key == "b":
            raise LookupError(key)
        return key.upper()

    results, errors = settle(load, ["a", "b", "c"], max_workers=3)
    assert list(results.items()) == [("a", "A"), ("c", "C")]
    assert list(errors) == ["b"]


@pytest.mark.task(taskno=3)
def test_counter_increments_and_returns_the_new_value() -> None:
    counter = SafeCounter()
    assert counter.value == 0
    assert counter.increment() == 1, "the default amount is 1"
    assert counter.increment(5) == 6
    assert counter.value == 6


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("bad", [0, -3])
def test_counter_rejects_amounts_below_one(bad: int) -> None:
    counter = SafeCounter()
    counter.increment(2)
    with pytest.raises(ValueError, match=rf"^amount must be at least 1, got {bad}$"):
        counter.increment(bad)
    assert counter.value == 2


@pytest.mark.task(taskno=3)
def test_counter_reset_returns_the_old_value() -> None:
    counter = SafeCounter()
    counter.increment(41)
    counter.increment()
    assert counter.reset() == 42
    assert counter.value == 0
    assert counter.reset() == 0
    assert counter.increment() == 1


@pytest.mark.task(taskno=3)
def test_counter_is_exact_under_many_threads() -> None:
    counter = SafeCounter()
    seen: list[list[int]] = [[] for _ in range(8)]

    def hammer(slot: int) -> None:
        for _ in range(500):
            seen[slot].append(counter.increment())

    threads = [threading.Thread(target=hammer, args=(slot,)) for slot in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counter.value == 4000, f"no increment may be lost, got {counter.value}"
    returned = sorted(value for values in seen for value in values)
    assert returned == list(range(1, 4001)), "each increment returns its own new value"


@pytest.mark.task(taskno=3)
def test_counter_reset_never_loses_a_concurrent_increment() -> None:
    counter = SafeCounter()
    reset_total = 0
    lock = threading.Lock()

    def hammer(slot: int) -> None:
        nonlocal reset_total
        for turn in range(2000):
            counter.increment()
            if slot < 3 and turn % 3 == 0:
                old = counter.reset()
                with lock:
                    reset_total += old

    threads = [threading.Thread(target=hammer, args=(slot,)) for slot in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert reset_total + counter.value == 12000, "read and zero the value in one locked step"


@pytest.mark.task(taskno=4)
def test_pipeline_returns_results_in_input_order() -> None:
    got = run_pipeline(range(20), lambda n: n * 10, workers=3, maxsize=2)
    assert got == [n * 10 for n in range(20)], f"got {got}"
    assert live_pipeline_workers() == [], "every worker must have stopped before returning"


@pytest.mark.task(taskno=4)
def test_pipeline_workers_run_concurrently_with_their_names() -> None:
    barrier = meet(3)
    names: set[str] = set()

    def handle(item: str) -> str:
        names.add(threading.current_thread().name)
        barrier.wait()
        return item.upper()

    assert run_pipeline(["x", "y", "z"], handle, workers=3, maxsize=1) == ["X", "Y", "Z"]
    assert names == {"pipeline-worker-0", "pipeline-worker-1", "pipeline-worker-2"}


@pytest.mark.task(taskno=4)
def test_pipeline_with_one_worker_and_no_items() -> None:
    names: set[str] = set()

    def handle(item: int) -> int:
        names.add(threading.current_thread().name)
        return -item

    assert run_pipeline([1, 2, 3], handle, workers=1, maxsize=1) == [-1, -2, -3]
    assert names == {"pipeline-worker-0"}
    assert run_pipeline([], handle, workers=2, maxsize=1) == []
    assert live_pipeline_workers() == []


@pytest.mark.task(taskno=4)
def test_pipeline_processes_everything_then_raises_the_earliest_failure() -> None:
    handled: list[int] = []
    lock = threading.Lock()

    def handle(item: int) -> int:
        with lock:
            handled.append(item)
        if item in (3, 7):
            raise ValueError(f"bad item {item}")
        return item

    with pytest.raises(ValueError, match=r"^bad item 3$"):
        run_pipeline(range(10), handle, workers=3, maxsize=2)
    assert sorted(handled) == list(range(10)), "one failure does not stop the others"
    assert live_pipeline_workers() == []


@pytest.mark.task(taskno=4)
def test_pipeline_results_follow_the_input_even_when_later_items_finish_first() -> None:
    started = {n: threading.Event() for n in range(3)}

    def handle(item: int) -> int:
        started[item].set()
        if item == 0:
            started[2].wait(BARRIER_TIMEOUT)  # item 1 is done before item 0
        return item * 10

    assert run_pipeline(range(3), handle, workers=2, maxsize=1) == [0, 10, 20]


@pytest.mark.task(taskno=4)
def test_pipeline_raises_the_earliest_failure_by_position_not_by_time() -> None:
    item_3_failed = threading.Event()

    def handle(item: int) -> int:
        if item == 1:
            item_3_failed.wait(BARRIER_TIMEOUT)
            raise KeyError("item 1")
        if item == 3:
            item_3_failed.set()
            raise KeyError("item 3")
        return item

    with pytest.raises(KeyError, match="item 1"):
        run_pipeline(range(5), handle, workers=2, maxsize=1)


@pytest.mark.task(taskno=4)
def test_the_bounded_queue_holds_the_producer_back() -> None:
    read = 0
    everything_read = threading.Event()
    read_while_item_0_ran: list[int] = []

    def source() -> Iterator[int]:
        nonlocal read
        for item in range(50):
            read += 1
            if read == 50:
                everything_read.set()
            yield item

    def handle(item: int) -> int:
        if item == 0:
            everything_read.wait(0.3)  # a bounded queue never lets this happen
            read_while_item_0_ran.append(read)
        return item

    run_pipeline(source(), handle, workers=1, maxsize=2)
    assert read_while_item_0_ran[0] <= 4, (
        f"read {read_while_item_0_ran[0]} items while the only worker was busy with the first: "
        "at most 2 queued + 1 waiting to be put + 1 being handled"
    )


@pytest.mark.task(taskno=4)
def test_pipeline_stops_its_workers_when_the_producer_fails() -> None:
    def produce() -> Iterator[int]:
        yield 1
        yield 2
        raise OSError("source closed")

    with pytest.raises(OSError, match="source closed"):
        run_pipeline(produce(), lambda n: n, workers=2, maxsize=1)
    assert live_pipeline_workers() == [], "the sentinels must be sent in a finally block"


@pytest.mark.task(taskno=4)
def test_a_failing_source_wins_over_failing_handlers() -> None:
    def produce() -> Iterator[int]:
        yield 1
        raise OSError("source closed")

    def handle(item: int) -> int:
        raise ValueError(f"bad item {item}")

    with pytest.raises(OSError, match="source closed"):
        run_pipeline(produce(), handle, workers=2, maxsize=1)
    assert live_pipeline_workers() == []


@pytest.mark.task(taskno=4)
def test_pipeline_validates_workers_and_maxsize() -> None:
    with pytest.raises(ValueError, match=r"^workers must be at least 1, got 0$"):
        run_pipeline([1, 2], str, workers=0, maxsize=4)
    with pytest.raises(ValueError, match=r"^maxsize must be at least 1, got 0$"):
        run_pipeline([1, 2], str, workers=2, maxsize=0)
