import asyncio
import multiprocessing
import os
import threading
from typing import Any

import pytest

from multi_loop_workers import run_keyed, run_on_cores, shard_for

# Set in the test process before the workers start; the workers inherit them (fork).
MEETING: list[Any] = []  # a multiprocessing.Barrier: every share must run at the same time
LOOPS: list[asyncio.AbstractEventLoop] = []  # the event loops this process has seen
ACTIVE: dict[int, int] = {}  # handlers running now, per loop


async def enrich(item: int) -> dict[str, int]:
    """A handler: waits for I/O, and reports where it ran and how busy its loop was."""
    loop = asyncio.get_running_loop()
    if not any(seen is loop for seen in LOOPS):
        LOOPS.append(loop)
        if MEETING:
            MEETING[0].wait(timeout=5)  # blocks until every share has started
    index = next(number for number, seen in enumerate(LOOPS) if seen is loop)
    ACTIVE[index] = ACTIVE.get(index, 0) + 1
    busy = ACTIVE[index]
    await asyncio.sleep(0.01)
    ACTIVE[index] -= 1
    return {"item": item, "double": item * 2, "pid": os.getpid(), "loop": index, "busy": busy}


async def refuse(item: int) -> int:
    if item == 3:
        raise LookupError(f"no price for item {item}")
    return item


def run_meeting(shares: int, function: Any, *args: Any, **kwargs: Any) -> list[dict[str, int]]:
    LOOPS.clear()
    ACTIVE.clear()
    MEETING[:] = [multiprocessing.Barrier(shares)]
    try:
        return list(function(*args, **kwargs))
    except threading.BrokenBarrierError:
        pytest.fail(f"the {shares} shares did not run at the same time in separate processes")
    finally:
        MEETING.clear()


@pytest.mark.task(taskno=1)
def test_results_come_back_in_input_order() -> None:
    got = run_meeting(2, run_on_cores, enrich, list(range(7)), processes=2)
    assert [row["double"] for row in got] == [0, 2, 4, 6, 8, 10, 12]


@pytest.mark.task(taskno=1)
def test_each_share_runs_on_one_loop_in_its_own_process() -> None:
    got = run_meeting(2, run_on_cores, enrich, list(range(8)), processes=2)
    assert os.getpid() not in {row["pid"] for row in got}, "the work runs in worker processes"
    assert len({row["pid"] for row in got}) == 2, "two shares, two processes"
    assert len({(row["pid"], row["loop"]) for row in got}) == 2, (
        "one event loop per share: asyncio.run once per process, not once per item"
    )
    by_process: dict[int, list[int]] = {}
    for row in got:
        by_process.setdefault(row["pid"], []).append(row["item"])
    assert sorted(by_process.values()) == [[0, 2, 4, 6], [1, 3, 5, 7]], "round-robin shares"


@pytest.mark.task(taskno=1)
def test_each_loop_runs_its_items_concurrently_up_to_the_limit() -> None:
    got = run_meeting(2, run_on_cores, enrich, list(range(12)), processes=2, concurrency=4)
    assert max(row["busy"] for row in got) == 4, "4 handlers at a time on each loop"
    got = run_meeting(1, run_on_cores, enrich, [10, 20, 30], processes=1, concurrency=10)
    assert max(row["busy"] for row in got) == 3, "all three at once"


@pytest.mark.task(taskno=1)
def test_bad_arguments_and_no_items() -> None:
    with pytest.raises(ValueError, match="processes"):
        run_on_cores(enrich, [1], processes=0)
    with pytest.raises(ValueError, match="concurrency"):
        run_on_cores(enrich, [1], concurrency=0)
    assert run_on_cores(enrich, []) == []


@pytest.mark.task(taskno=1)
def test_a_handlers_exception_reaches_the_caller() -> None:
    with pytest.raises(LookupError, match="no price for item 3"):
        run_on_cores(refuse, [1, 2, 3, 4], processes=2)


@pytest.mark.task(taskno=2)
def test_shard_for_is_stable() -> None:
    keys = ("acme", "wayne", "initech", "cyberdyne", "")
    assert [shard_for(key, 4) for key in keys] == [2, 1, 0, 3, 0], (
        "zlib.crc32 of the UTF-8 bytes, modulo the number of shards"
    )


@pytest.mark.task(taskno=2)
def test_items_with_the_same_key_meet_in_the_same_process() -> None:
    customers = ["acme", "wayne", "acme", "cyberdyne", "wayne", "initech"]
    items = list(range(len(customers)))
    got = run_meeting(2, run_keyed, enrich, items, key=lambda i: customers[i], processes=2)
    assert [row["item"] for row in got] == items
    where: dict[str, set[int]] = {}
    for row in got:
        where.setdefault(customers[row["item"]], set()).add(row["pid"])
    assert all(len(pids) == 1 for pids in where.values()), f"one process per key: {where}"
    assert where["acme"] == where["initech"] != where["wayne"] == where["cyberdyne"], (
        "shard_for(key, 2) decides"
    )
