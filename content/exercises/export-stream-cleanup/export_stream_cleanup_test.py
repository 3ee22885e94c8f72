import asyncio
from collections.abc import AsyncGenerator, Generator

import pytest

from export_stream_cleanup import alimited, collect_until, first_match, limited


class Cursor:
    """A fake database cursor: its rows come from a generator that logs what happens."""

    def __init__(self, *rows: int) -> None:
        self.rows = rows
        self.log: list[str] = []

    def fetch(self) -> Generator[int, None, None]:
        self.log.append("open")
        try:
            for row in self.rows:
                self.log.append(f"read {row}")
                yield row
        finally:
            self.log.append("closed")

    async def afetch(self) -> AsyncGenerator[int, None]:
        self.log.append("open")
        try:
            for row in self.rows:
                self.log.append(f"read {row}")
                yield row
                await asyncio.sleep(0)
        finally:
            await asyncio.sleep(0)  # an async cleanup, like closing a connection
            self.log.append("closed")


@pytest.mark.task(taskno=1)
def test_first_match_closes_the_rows_when_it_finds_one() -> None:
    cursor = Cursor(5, 12, 40, 7)
    rows = cursor.fetch()
    assert first_match(rows, lambda row: row > 10) == 12
    assert cursor.log == ["open", "read 5", "read 12", "closed"], (
        f"the cursor must be closed before first_match returns, log {cursor.log}"
    )


@pytest.mark.task(taskno=1)
def test_first_match_without_a_match_and_with_a_failing_predicate() -> None:
    cursor = Cursor(1, 2)
    rows = cursor.fetch()
    assert first_match(rows, lambda row: row > 10) is None
    assert cursor.log[-1] == "closed"

    def check(row: int) -> bool:
        raise ValueError(f"bad row {row}")

    cursor = Cursor(3, 4)
    rows = cursor.fetch()
    with pytest.raises(ValueError, match="bad row 3"):
        first_match(rows, check)
    assert cursor.log == ["open", "read 3", "closed"], f"closed on errors too, log {cursor.log}"


@pytest.mark.task(taskno=2)
def test_limited_reads_no_more_than_needed_and_closes() -> None:
    cursor = Cursor(1, 2, 3, 4)
    rows = cursor.fetch()
    assert list(limited(rows, 2)) == [1, 2]
    assert cursor.log == ["open", "read 1", "read 2", "closed"], f"log {cursor.log}"


@pytest.mark.task(taskno=2)
def test_closing_limited_early_closes_its_rows() -> None:
    cursor = Cursor(1, 2, 3, 4)
    rows = cursor.fetch()
    head = limited(rows, 3)
    assert next(head) == 1
    head.close()  # type: ignore[attr-defined]
    assert cursor.log == ["open", "read 1", "closed"], f"log {cursor.log}"


@pytest.mark.task(taskno=2)
def test_limited_to_nothing_never_reads() -> None:
    cursor = Cursor(1, 2)
    rows = cursor.fetch()
    assert list(limited(rows, 0)) == []
    assert "read 1" not in cursor.log


@pytest.mark.task(taskno=3)
def test_collect_until_closes_the_stream_before_returning() -> None:
    cursor = Cursor(3, 1, 4, 1, 5)

    async def main() -> tuple[list[int], list[str]]:
        stream = cursor.afetch()
        items = await collect_until(stream, 4)
        return items, list(cursor.log)

    items, log = asyncio.run(main())
    assert items == [3, 1]
    assert log == ["open", "read 3", "read 1", "read 4", "closed"], (
        f"aclose() the stream inside collect_until, not when the loop shuts down: {log}"
    )


@pytest.mark.task(taskno=4)
def test_alimited_closes_its_stream_when_closed_early() -> None:
    cursor = Cursor(1, 2, 3)

    async def main() -> tuple[list[int], list[str]]:
        stream = cursor.afetch()
        head = alimited(stream, 2)
        got = [await head.__anext__()]
        await head.aclose()  # type: ignore[attr-defined]
        return got, list(cursor.log)

    got, log = asyncio.run(main())
    assert got == [1]
    assert log == ["open", "read 1", "closed"], f"log {log}"


@pytest.mark.task(taskno=4)
def test_alimited_stops_after_n_items() -> None:
    cursor = Cursor(1, 2, 3)

    async def main() -> tuple[list[int], list[str]]:
        stream = cursor.afetch()
        got = [item async for item in alimited(stream, 2)]
        return got, list(cursor.log)

    got, log = asyncio.run(main())
    assert got == [1, 2]
    assert log == ["open", "read 1", "read 2", "closed"], f"log {log}"
