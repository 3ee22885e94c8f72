import asyncio
from collections.abc import AsyncIterator

import pytest
from paged_bulk_loader import load_in_batches


class Api:
    """A fake paginated API: logs each page request and the connection's release."""

    def __init__(self, *pages: list[int]) -> None:
        self.pages = pages
        self.log: list[str] = []

    async def fetch(self) -> AsyncIterator[list[int]]:
        try:
            for number, page in enumerate(self.pages, start=1):
                self.log.append(f"page {number}")
                await asyncio.sleep(0)
                yield page
        finally:
            self.log.append("released")


class Table:
    """A fake warehouse table: logs each bulk insert in the API's log."""

    def __init__(self, log: list[str], fail_on: int = 0) -> None:
        self.log = log
        self.fail_on = fail_on
        self.batches: list[list[int]] = []

    async def insert(self, batch: list[int]) -> None:
        self.batches.append(list(batch))
        self.log.append(f"insert {list(batch)}")
        if len(self.batches) == self.fail_on:
            raise ConnectionError("warehouse went away")


def load(api: Api, table: Table, **options: int | None) -> int:
    """Run the loader and note in the log when it has returned (asyncio.run would close a
    forgotten generator afterwards, at the loop's shutdown)."""

    async def run() -> int:
        pages = api.fetch()
        try:
            return await load_in_batches(pages, table.insert, **options)  # type: ignore[arg-type]
        finally:
            api.log.append("returned")

    return asyncio.run(run())


def test_batches_cross_page_boundaries() -> None:
    api = Api([1, 2], [3, 4], [5])
    table = Table(api.log)
    assert load(api, table, batch_size=3) == 5
    assert table.batches == [[1, 2, 3], [4, 5]]


def test_a_full_batch_is_inserted_before_the_next_page_is_requested() -> None:
    api = Api([1, 2, 3], [], [4])
    table = Table(api.log)
    load(api, table, batch_size=2)
    assert api.log[:4] == ["page 1", "insert [1, 2]", "page 2", "page 3"], api.log
    assert table.batches == [[1, 2], [3, 4]], "empty pages are skipped"


def test_the_limit_stops_paging_and_releases_the_connection() -> None:
    api = Api([1, 2], [3, 4], [5, 6])
    table = Table(api.log)
    assert load(api, table, batch_size=10, limit=3) == 3
    assert table.batches == [[1, 2, 3]]
    assert "page 3" not in api.log, "no page after the one holding the last row"
    assert api.log[-2:] == ["released", "returned"], "close the generator before returning"


def test_limit_zero_requests_nothing() -> None:
    api = Api([1, 2])
    table = Table(api.log)
    assert load(api, table, batch_size=2, limit=0) == 0
    assert table.batches == []
    assert "page 1" not in api.log


def test_a_failing_sink_propagates_and_the_connection_is_released() -> None:
    api = Api([1, 2], [3, 4])
    table = Table(api.log, fail_on=1)
    with pytest.raises(ConnectionError):
        load(api, table, batch_size=2)
    assert api.log == ["page 1", "insert [1, 2]", "released", "returned"]


@pytest.mark.parametrize("options", [{"batch_size": 0}, {"batch_size": 2, "limit": -1}])
def test_bad_options_raise_before_any_page(options: dict[str, int]) -> None:
    api = Api([1])
    with pytest.raises(ValueError):
        load(api, Table(api.log), **options)
    assert "page 1" not in api.log
