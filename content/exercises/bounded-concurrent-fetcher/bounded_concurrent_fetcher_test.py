import asyncio
import dataclasses
import selectors
from typing import Any

import pytest

from bounded_concurrent_fetcher import AllFailedError, FetchResult, fetch_all, first_success

HANG = -1  # a step count meaning "never finishes on its own"


class FakeWeb:
    """Each url takes `steps` event-loop turns, then returns a body or raises."""

    def __init__(self, steps: dict[str, int], errors: dict[str, Exception] | None = None) -> None:
        self.steps = steps
        self.errors = errors or {}
        self.calls: list[str] = []
        self.cancelled: list[str] = []
        self.active = 0
        self.peak = 0

    async def fetch(self, url: str) -> str:
        self.calls.append(url)
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            if self.steps.get(url, 1) == HANG:
                await asyncio.Event().wait()
            for _ in range(self.steps.get(url, 1)):
                await asyncio.sleep(0)
            if url in self.errors:
                raise self.errors[url]
            return f"body of {url}"
        except asyncio.CancelledError:
            self.cancelled.append(url)
            raise
        finally:
            self.active -= 1


class SimulatedTimeLoop(asyncio.SelectorEventLoop):
    """An event loop on simulated time: whenever every task waits for a timer, the clock
    jumps straight to it. `asyncio.sleep(3)` returns at once, and timings are exact."""

    def __init__(self) -> None:
        self.now = 0.0
        loop = self

        class Selector(selectors.DefaultSelector):
            def select(self, timeout: float | None = None) -> Any:
                ready = super().select(0)
                if not ready and timeout:
                    loop.now += timeout
                return ready

        super().__init__(Selector())

    def time(self) -> float:
        return self.now


def run_simulated(coroutine: Any) -> Any:
    with asyncio.Runner(loop_factory=SimulatedTimeLoop) as runner:
        return runner.run(coroutine)


class TimedWeb:
    """Each url takes `seconds[url]` simulated seconds; logs (time, "start"/"end", url)."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds
        self.log: list[tuple[float, str, str]] = []

    async def fetch(self, url: str) -> str:
        loop = asyncio.get_running_loop()
        self.log.append((loop.time(), "start", url))
        await asyncio.sleep(self.seconds[url])
        self.log.append((loop.time(), "end", url))
        return f"body of {url}"


@pytest.mark.task(taskno=1)
def test_results_come_back_in_input_order() -> None:
    web = FakeWeb({"/a": 5, "/b": 1, "/c": 3})
    got = asyncio.run(fetch_all(["/a", "/b", "/c"], web.fetch, limit=3, timeout=1))
    assert [r.url for r in got] == ["/a", "/b", "/c"], "order of urls, not of completion"
    assert got[0] == FetchResult("/a", ok=True, body="body of /a")


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("limit", [1, 2, 3])
def test_never_more_than_limit_fetches_at_once(limit: int) -> None:
    web = FakeWeb({f"/{i}": 3 for i in range(6)})
    asyncio.run(fetch_all([f"/{i}" for i in range(6)], web.fetch, limit=limit, timeout=1))
    assert web.peak == limit, f"limit {limit} should be reached but not exceeded, peak {web.peak}"


@pytest.mark.task(taskno=1)
def test_failures_are_reported_without_stopping_the_others() -> None:
    web = FakeWeb({"/a": 1, "/b": 2}, errors={"/a": ConnectionError("reset by peer")})
    got = asyncio.run(fetch_all(["/a", "/b"], web.fetch, limit=2, timeout=1))
    assert got == [
        FetchResult("/a", ok=False, error="ConnectionError: reset by peer"),
        FetchResult("/b", ok=True, body="body of /b"),
    ], f"got {got}"


@pytest.mark.task(taskno=1)
def test_slow_fetch_times_out() -> None:
    web = FakeWeb({"/slow": HANG, "/fast": 1})
    got = asyncio.run(fetch_all(["/slow", "/fast"], web.fetch, limit=2, timeout=0.05))
    assert got[0] == FetchResult("/slow", ok=False, error="timeout"), f"got {got[0]}"
    assert got[1].ok is True
    assert web.cancelled == ["/slow"], "wait_for cancels the fetch that timed out"


@pytest.mark.task(taskno=1)
def test_timeout_counts_from_the_start_of_each_fetch_not_from_the_queue() -> None:
    web = TimedWeb({f"/{i}": 0.5 for i in range(4)})
    got = run_simulated(fetch_all(list(web.seconds), web.fetch, limit=1, timeout=0.75))
    assert [r.ok for r in got] == [True] * 4, (
        f"each fetch takes 0.5 s of its 0.75 s; waiting for a slot does not count: {got}"
    )


@pytest.mark.task(taskno=1)
def test_a_free_slot_is_taken_at_once() -> None:
    web = TimedWeb({"/slow": 3, "/a": 1, "/b": 1, "/c": 1})
    run_simulated(fetch_all(["/slow", "/a", "/b", "/c"], web.fetch, limit=2, timeout=5))
    starts = {url: at for at, event, url in web.log if event == "start"}
    assert starts == {"/slow": 0, "/a": 0, "/b": 1, "/c": 2}, (
        f"/b starts when /a ends, without waiting for /slow (no batches): {starts}"
    )


@pytest.mark.task(taskno=1)
def test_duplicate_urls_are_fetched_once() -> None:
    web = FakeWeb({})
    got = asyncio.run(fetch_all(["/x", "/y", "/x"], web.fetch, limit=5, timeout=1))
    assert web.calls == ["/x", "/y"], f"each distinct url once, got {web.calls}"
    assert [r.url for r in got] == ["/x", "/y", "/x"] and got[0] == got[2]


@pytest.mark.task(taskno=1)
def test_no_urls_no_work() -> None:
    web = FakeWeb({})
    assert asyncio.run(fetch_all([], web.fetch, limit=1, timeout=1)) == []


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("limit", "timeout", "word"), [(0, 1.0, "limit"), (-1, 1.0, "limit"), (1, 0.0, "timeout")]
)
def test_bad_arguments_are_rejected(limit: int, timeout: float, word: str) -> None:
    web = FakeWeb({})
    with pytest.raises(ValueError, match=word):
        asyncio.run(fetch_all(["/a"], web.fetch, limit=limit, timeout=timeout))
    assert web.calls == []


@pytest.mark.task(taskno=2)
def test_cancelling_fetch_all_cancels_the_fetches_in_flight() -> None:
    web = FakeWeb({"/a": HANG, "/b": HANG, "/c": HANG})

    async def main() -> None:
        job = asyncio.create_task(fetch_all(["/a", "/b", "/c"], web.fetch, limit=2, timeout=5))
        for _ in range(5):
            await asyncio.sleep(0)
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job

    asyncio.run(main())
    assert sorted(web.cancelled) == ["/a", "/b"], f"in-flight fetches cancelled: {web.cancelled}"
    assert web.calls == ["/a", "/b"], "the queued fetch never started"


@pytest.mark.task(taskno=2)
def test_queued_fetches_never_start_after_a_cancel() -> None:
    web = TimedWeb({"/a": 1, "/b": 1, "/c": 1})

    async def main() -> None:
        job = asyncio.create_task(fetch_all(["/a", "/b", "/c"], web.fetch, limit=1, timeout=5))
        await asyncio.sleep(0.5)
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job
        await asyncio.sleep(10)  # long enough for anything left running to show

    run_simulated(main())
    assert web.log == [(0, "start", "/a")], (
        f"/a is cancelled, /b and /c never start, even after /a's slot is free: {web.log}"
    )


@pytest.mark.task(taskno=3)
def test_first_success_returns_the_fastest_body_and_cancels_the_rest() -> None:
    web = FakeWeb({"/eu": 50, "/us": 1, "/ap": HANG})

    async def main() -> tuple[str, list[str], int]:
        body = await first_success(["/eu", "/us", "/ap"], web.fetch, timeout=1)
        return body, sorted(web.cancelled), web.active

    got, cancelled, active = asyncio.run(main())
    assert got == "body of /us", f"got {got}"
    assert cancelled == ["/ap", "/eu"], f"losers are cancelled before returning: {cancelled}"
    assert active == 0, "no fetch is left running when first_success returns"
    with pytest.raises(dataclasses.FrozenInstanceError):
        FetchResult("/a", ok=True).ok = False  # type: ignore[misc]


@pytest.mark.task(taskno=3)
def test_first_success_skips_failed_mirrors() -> None:
    web = FakeWeb({"/eu": 1, "/us": 3}, errors={"/eu": OSError("down")})
    assert asyncio.run(first_success(["/eu", "/us"], web.fetch, timeout=1)) == "body of /us"


@pytest.mark.task(taskno=3)
def test_first_success_prefers_the_earlier_mirror_on_a_tie() -> None:
    web = FakeWeb({"/b": 2, "/a": 2})
    assert asyncio.run(first_success(["/b", "/a"], web.fetch, timeout=1)) == "body of /b"


@pytest.mark.task(taskno=3)
def test_a_tie_goes_to_the_earlier_mirror_even_when_it_finished_second() -> None:
    async def main() -> str:
        loop = asyncio.get_running_loop()
        gates = {url: loop.create_future() for url in ("/a", "/b")}

        async def fetch(url: str) -> str:
            await gates[url]
            return f"body of {url}"

        def open_both() -> None:  # /b first: it finishes first, in the same step as /a
            gates["/b"].set_result(None)
            gates["/a"].set_result(None)

        loop.call_later(0.1, open_both)
        return await first_success(["/a", "/b"], fetch, timeout=1)

    assert run_simulated(main()) == "body of /a", "same step: the earlier mirror in urls wins"


@pytest.mark.task(taskno=3)
def test_errors_follow_the_mirror_order_not_the_order_of_failure() -> None:
    async def fetch(url: str) -> str:
        await asyncio.sleep({"/a": 0.3, "/b": 0.2, "/c": 0.1}[url])
        raise ConnectionError(f"{url} refused")

    with pytest.raises(AllFailedError, match="all 3 mirrors failed") as info:
        run_simulated(first_success(["/a", "/b", "/c"], fetch, timeout=1))
    assert list(info.value.errors) == ["/a", "/b", "/c"], "in urls order, though /c failed first"


@pytest.mark.task(taskno=3)
def test_first_success_raises_when_every_mirror_fails() -> None:
    web = FakeWeb({"/a": 1, "/b": HANG}, errors={"/a": OSError("refused")})
    with pytest.raises(AllFailedError, match="all 2 mirrors failed") as info:
        asyncio.run(first_success(["/a", "/b"], web.fetch, timeout=0.05))
    assert info.value.errors == {"/a": "OSError: refused", "/b": "timeout"}
    assert list(info.value.errors) == ["/a", "/b"], "errors listed in mirror order"


@pytest.mark.task(taskno=3)
def test_first_success_needs_at_least_one_mirror() -> None:
    with pytest.raises(ValueError, match="mirror"):
        asyncio.run(first_success([], FakeWeb({}).fetch, timeout=1))
