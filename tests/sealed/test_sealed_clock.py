"""Virtual time: the clock, ``time`` patched to it, and the virtual-time event loop."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Any

import pytest

from pyhero.sealed.clock import (
    Deadlock,
    StepLimitExceeded,
    VirtualClock,
    patch_time,
    run,
    step,
)

from .conftest import ModuleFactory


def test_the_clock_moves_only_when_told() -> None:
    clock = VirtualClock(start=50.0, epoch=1000.0)
    assert (clock.monotonic(), clock.time()) == (50.0, 1000.0)
    clock.advance(2.5)
    clock.sleep(0.5)
    assert (clock.monotonic(), clock.time(), clock.elapsed) == (53.0, 1003.0, 3.0)
    assert clock.sleeps == [0.5]
    assert clock.monotonic_ns() == 53_000_000_000
    with pytest.raises(ValueError, match="cannot go back"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="non-negative"):
        clock.sleep(-0.1)


def test_patch_time_reaches_every_binding_and_restores_them(make_module: ModuleFactory) -> None:
    learner = make_module(
        "timing_learner",
        """
        import time
        from time import monotonic as now, sleep as nap

        def measure(clock=time.perf_counter):
            start = clock()
            nap(1.5)
            time.sleep(0.5)
            return clock() - start, now(), time.time()

        class Timer:
            def read(self, *, clock=time.monotonic):
                return clock()
        """,
    )
    originals = (time.time, time.monotonic, time.perf_counter, time.sleep)
    clock = VirtualClock()
    with patch_time(clock, modules=[learner]):
        assert learner.measure() == (2.0, 1002.0, clock.time())
        assert learner.Timer().read() == 1002.0
    assert (time.time, time.monotonic, time.perf_counter, time.sleep) == originals
    assert learner.now is originals[1]
    assert learner.nap is originals[3]
    assert learner.measure.__defaults__ == (originals[2],)
    assert learner.Timer.read.__kwdefaults__ == {"clock": originals[1]}


def test_patch_time_restores_after_an_exception() -> None:
    original = time.monotonic

    def fail_inside() -> None:
        with patch_time(VirtualClock()):
            assert time.monotonic() == 1000.0
            raise KeyError

    with pytest.raises(KeyError):
        fail_inside()
    assert time.monotonic is original


def test_sleeping_jumps_virtual_time_at_once() -> None:
    started = time.perf_counter()
    result = run(asyncio.sleep(3600, result="done"))
    assert (result.value, result.exception, result.elapsed) == ("done", None, 3600.0)
    assert time.perf_counter() - started < 1.0, "no real waiting"


def test_gather_finishes_at_the_longest_sleep() -> None:
    async def nap(seconds: float) -> float:
        await asyncio.sleep(seconds)
        return asyncio.get_running_loop().time()

    async def main() -> list[float]:
        return list(await asyncio.gather(nap(5), nap(1), nap(3)))

    clock = VirtualClock(start=0.0)
    result = run(main, clock=clock)
    assert result.value == [5.0, 1.0, 3.0]
    assert result.elapsed == 5.0 == clock.elapsed


def test_a_timeout_that_overlaps_queueing() -> None:
    """Fetches share one slot; a timeout counts the time spent waiting for the slot."""

    async def main() -> list[Any]:
        slot = asyncio.Semaphore(1)
        events: list[Any] = []

        async def fetch(name: str) -> str:
            async with slot:
                events.append((name, "start", asyncio.get_running_loop().time()))
                await asyncio.sleep(2)
            return name

        async def limited(name: str, limit: float, wait_for: bool) -> Any:
            try:
                if wait_for:  # wait_for runs fetch() in a task of its own
                    return await asyncio.wait_for(fetch(name), limit)
                async with asyncio.timeout(limit):
                    return await fetch(name)
            except TimeoutError:
                return (name, "timed out", asyncio.get_running_loop().time())

        first = await asyncio.gather(limited("a", 3, True), limited("b", 3, True))
        events.append("then")
        limits = zip("abcd", (3, 3, 5.5, 6), strict=True)
        second = await asyncio.gather(*(limited(n, t, False) for n, t in limits))
        return [*first, *second, *events]

    result = run(main, clock=VirtualClock(start=0.0))
    assert result.value == [
        "a",
        ("b", "timed out", 3.0),
        "a",
        ("b", "timed out", 6.0),
        "c",
        ("d", "timed out", 9.0),
        ("a", "start", 0.0),
        ("b", "start", 2.0),
        "then",
        ("a", "start", 3.0),
        ("b", "start", 5.0),
        ("c", "start", 6.0),
        ("d", "start", 8.0),
    ]


def test_executor_work_is_awaited_for_real() -> None:
    finished: list[tuple[str, float]] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()

        async def in_thread() -> None:
            await asyncio.to_thread(time.sleep, 0.05)
            finished.append(("thread", loop.time()))

        async def timer() -> None:
            await asyncio.sleep(10)
            finished.append(("timer", loop.time()))

        await asyncio.gather(timer(), in_thread())

    started = time.perf_counter()
    result = run(main, clock=VirtualClock(start=0.0))
    assert result.exception is None
    assert finished == [("thread", 0.0), ("timer", 10.0)], "virtual time waits for the thread"
    assert time.perf_counter() - started >= 0.05


def test_real_io_is_awaited_before_virtual_time_jumps() -> None:
    left, right = socket.socketpair()
    left.setblocking(False)
    writer = threading.Timer(0.05, right.send, args=(b"ping",))

    async def main() -> tuple[bytes, float]:
        loop = asyncio.get_running_loop()
        writer.start()
        reading = asyncio.ensure_future(loop.sock_recv(left, 4))
        done, _ = await asyncio.wait([reading, asyncio.ensure_future(asyncio.sleep(10))],
                                     return_when=asyncio.FIRST_COMPLETED)  # fmt: skip
        return (reading.result() if reading in done else b""), loop.time()

    try:
        result = run(main, clock=VirtualClock(start=0.0), io_wait=2.0)
    finally:
        writer.join()
        left.close()
        right.close()
    assert result.value == (b"ping", 0.0)


def test_steps_tell_what_finished_together() -> None:
    async def main() -> dict[str, int]:
        finished: dict[str, int] = {}

        async def job(name: str, seconds: float) -> None:
            await asyncio.sleep(seconds)
            finished[name] = step()

        await asyncio.gather(job("a", 1), job("b", 1), job("c", 2))
        return finished

    result = run(main)
    assert result.value["a"] == result.value["b"] < result.value["c"]
    assert result.steps >= result.value["c"]
    with pytest.raises(RuntimeError, match="virtual loop"):
        asyncio.run(_step_outside())


async def _step_outside() -> int:
    return step()


def test_a_deadlock_is_reported_not_waited_for() -> None:
    async def main() -> None:
        await asyncio.Event().wait()

    result = run(main)
    assert isinstance(result.exception, Deadlock)
    assert "nothing can wake them" in str(result.exception)


def test_a_busy_loop_hits_the_step_limit() -> None:
    async def main() -> None:
        while True:
            await asyncio.sleep(0)

    result = run(main, max_steps=500)
    assert isinstance(result.exception, StepLimitExceeded)
    assert result.steps == 501


def test_exceptions_are_results_and_leftover_tasks_are_cancelled() -> None:
    cleaned: list[str] = []

    async def main() -> None:
        async def background() -> None:
            try:
                await asyncio.sleep(100)
            finally:
                cleaned.append("background")

        asyncio.get_running_loop().create_task(background())
        await asyncio.sleep(1)
        raise KeyError("boom")

    result = run(main)
    assert isinstance(result.exception, KeyError)
    assert cleaned == ["background"]
    with pytest.raises(KeyError):
        result.unwrap()


def test_run_accepts_awaitables_that_are_not_coroutines() -> None:
    class Ready:
        def __await__(self) -> Any:
            yield from asyncio.sleep(2).__await__()
            return "ready"

    assert run(Ready()).unwrap() == "ready"


def test_worker_threads_have_ended_when_run_returns() -> None:
    """Nothing of a run is left for later: no worker thread, no half-finished shutdown (a
    shutdown coroutine left waiting once joined its thread whenever the garbage collector
    found it, and deadlocked a collection that started inside another thread's start)."""

    def work(index: int) -> int:
        time.sleep(0.005)
        return index

    async def main() -> list[int]:
        return list(await asyncio.gather(*(asyncio.to_thread(work, i) for i in range(4))))

    before = set(threading.enumerate())
    for _ in range(20):
        assert run(main).unwrap() == [0, 1, 2, 3]
        assert set(threading.enumerate()) - before == set()
