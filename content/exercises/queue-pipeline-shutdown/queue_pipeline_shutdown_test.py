import asyncio
from collections.abc import AsyncIterator

import pytest

from queue_pipeline_shutdown import PipelineReport, run_pipeline


class Source:
    """An async source of 0..n-1 that records how far it was read and if it was closed."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.produced = 0
        self.closed = False

    async def items(self) -> AsyncIterator[int]:
        try:
            for i in range(self.n):
                self.produced += 1
                yield i
                await asyncio.sleep(0)
        finally:
            self.closed = True


class Handler:
    """Doubles items after a few loop turns; tracks concurrency and completion order."""

    def __init__(self, steps: int = 3, fail_on: frozenset[int] = frozenset()) -> None:
        self.steps = steps
        self.fail_on = fail_on
        self.active = 0
        self.peak = 0
        self.order: list[int] = []

    async def __call__(self, item: int) -> int:
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            for _ in range(self.steps + (item % 3)):
                await asyncio.sleep(0)
            if item in self.fail_on:
                raise ValueError(f"bad item {item}")
            self.order.append(item)
            return item * 2
        finally:
            self.active -= 1


def run(source: Source, handler: Handler, **kwargs: int) -> PipelineReport[int]:
    return asyncio.run(
        run_pipeline(
            source.items(),
            handler,
            workers=kwargs.get("workers", 2),
            maxsize=kwargs.get("maxsize", 2),
        )
    )


@pytest.mark.task(taskno=1)
def test_every_item_is_handled_and_reported_in_index_order() -> None:
    handler = Handler()
    report = run(Source(6), handler, workers=3)
    assert report.results == [(i, i * 2) for i in range(6)], f"got {report.results}"
    assert report.errors == [] and report.stopped_early is False
    assert handler.order != sorted(handler.order), "workers finish out of order; report sorts"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("workers", [1, 2, 4])
def test_exactly_the_requested_number_of_workers_run_concurrently(workers: int) -> None:
    handler = Handler()
    run(Source(8), handler, workers=workers, maxsize=8)
    assert handler.peak == workers, f"expected {workers} concurrent handlers, saw {handler.peak}"


@pytest.mark.task(taskno=1)
def test_empty_source_finishes_cleanly() -> None:
    source = Source(0)
    report = run(source, Handler(), workers=3)
    assert report == PipelineReport([], [], False)
    assert source.closed


@pytest.mark.task(taskno=2)
def test_bounded_queue_applies_backpressure_to_the_producer() -> None:
    source = Source(20)
    handler = Handler(steps=10)
    lead: list[int] = []

    async def handle(item: int) -> int:
        lead.append(source.produced - len(handler.order))
        return await handler(item)

    asyncio.run(run_pipeline(source.items(), handle, workers=2, maxsize=3))
    worst = max(lead)
    assert worst <= 2 + 3 + 1, f"producer ran {worst} items ahead; queue size 3 must limit it"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(("workers", "maxsize", "word"), [(0, 1, "workers"), (1, 0, "maxsize")])
def test_bad_sizes_are_rejected(workers: int, maxsize: int, word: str) -> None:
    with pytest.raises(ValueError, match=word):
        run(Source(1), Handler(), workers=workers, maxsize=maxsize)


@pytest.mark.task(taskno=3)
def test_handler_errors_are_collected_and_the_rest_continue() -> None:
    report = run(Source(5), Handler(fail_on=frozenset({1, 3})), workers=2)
    assert report.results == [(0, 0), (2, 4), (4, 8)]
    assert report.errors == [(1, "ValueError: bad item 1"), (3, "ValueError: bad item 3")]


@pytest.mark.task(taskno=4)
def test_stop_event_drains_queued_items_and_stops_reading() -> None:
    source = Source(100)
    handler = Handler()

    async def main() -> PipelineReport[int]:
        stop = asyncio.Event()

        async def handle(item: int) -> int:
            if item == 4:
                stop.set()
            return await handler(item)

        return await run_pipeline(source.items(), handle, workers=2, maxsize=2, stop=stop)

    report = asyncio.run(main())
    assert report.stopped_early is True
    handled = [i for i, _ in report.results]
    assert handled == list(range(len(handled))), "everything read before the stop is handled"
    assert 5 <= len(handled) <= 10, f"reading stopped soon after item 4, handled {handled}"
    assert source.produced == len(handled), "no item is read from the source and then dropped"
    assert source.closed, "the source generator is closed on shutdown"


@pytest.mark.task(taskno=4)
def test_the_source_is_closed_before_run_pipeline_returns() -> None:
    source = Source(100)

    async def main() -> bool:
        stop = asyncio.Event()

        async def handle(item: int) -> int:
            stop.set()
            return item

        await run_pipeline(source.items(), handle, workers=2, maxsize=2, stop=stop)
        return source.closed  # before the event loop's shutdown closes leftover generators

    assert asyncio.run(main()), "the producer closes the source with aclose() when it stops"


@pytest.mark.task(taskno=4)
def test_a_stop_after_the_source_ran_out_is_not_an_early_stop() -> None:
    source = Source(4)
    handler = Handler(steps=5)

    async def main() -> PipelineReport[int]:
        stop = asyncio.Event()

        async def handle(item: int) -> int:
            result = await handler(item)
            if source.closed:  # the source has been read to its end
                stop.set()
            return result

        return await run_pipeline(source.items(), handle, workers=2, maxsize=2, stop=stop)

    report = asyncio.run(main())
    assert [i for i, _ in report.results] == [0, 1, 2, 3]
    assert report.stopped_early is False, "nothing was left to read when the stop came"


@pytest.mark.task(taskno=4)
def test_a_plain_async_iterator_is_not_closed() -> None:
    class Countdown:
        """An async iterator without aclose()."""

        def __init__(self) -> None:
            self.left = 3

        def __aiter__(self) -> "Countdown":
            return self

        async def __anext__(self) -> int | None:
            if self.left == 0:
                raise StopAsyncIteration
            self.left -= 1
            return None if self.left == 1 else self.left

    async def handle(item: int | None) -> str:
        return repr(item)

    report = asyncio.run(run_pipeline(Countdown(), handle, workers=2, maxsize=1))
    assert report == PipelineReport([(0, "2"), (1, "None"), (2, "0")], [], False), report


@pytest.mark.task(taskno=4)
def test_stop_set_before_start_reads_nothing() -> None:
    source = Source(5)

    async def main() -> PipelineReport[int]:
        stop = asyncio.Event()
        stop.set()
        return await run_pipeline(source.items(), Handler(), workers=2, maxsize=2, stop=stop)

    assert asyncio.run(main()) == PipelineReport([], [], True)
    assert source.produced == 0


@pytest.mark.task(taskno=4)
def test_no_tasks_are_left_behind() -> None:
    async def main() -> int:
        await run_pipeline(Source(5).items(), Handler(), workers=3, maxsize=1)
        return len(asyncio.all_tasks())

    assert asyncio.run(main()) == 1, "only the main task may remain: workers must exit"
