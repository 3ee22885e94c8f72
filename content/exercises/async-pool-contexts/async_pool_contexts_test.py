import asyncio
import threading

import pytest

from async_pool_contexts import ConnectionPool, drain, maybe_locked, run_capturing


class Reader:
    def __init__(self, lines: list[str], fail_at: int | None = None) -> None:
        self.lines = list(lines)
        self.fail_at = fail_at
        self.reads = 0
        self.closed = False

    def read_line(self) -> str | None:
        self.reads += 1
        if self.fail_at is not None and self.reads == self.fail_at:
            raise OSError("disk error")
        return self.lines.pop(0) if self.lines else None

    def close(self) -> None:
        self.closed = True


class Conn:
    def __init__(self, number: int) -> None:
        self.number = number
        self.closed = False

    async def close(self) -> None:
        await asyncio.sleep(0)
        self.closed = True


class Factory:
    def __init__(self) -> None:
        self.made: list[Conn] = []

    async def __call__(self) -> Conn:
        await asyncio.sleep(0)
        conn = Conn(len(self.made) + 1)
        self.made.append(conn)
        return conn


@pytest.mark.task(taskno=1)
def test_drain_reads_everything_then_closes() -> None:
    reader = Reader(["a", "", "c"])
    assert drain(reader) == ["a", "", "c"], "an empty line is data, only None ends the stream"
    assert reader.closed is True


@pytest.mark.task(taskno=1)
def test_drain_closes_even_when_reading_fails() -> None:
    reader = Reader(["a", "b"], fail_at=2)
    with pytest.raises(OSError, match="disk"):
        drain(reader)
    assert reader.closed is True, "closing() must run on the error path too"


@pytest.mark.task(taskno=1)
def test_drain_of_an_empty_reader() -> None:
    reader = Reader([])
    assert drain(reader) == [] and reader.closed


@pytest.mark.task(taskno=2)
def test_run_capturing_returns_result_and_printed_text(capsys: pytest.CaptureFixture[str]) -> None:
    def chatty() -> int:
        print("migrating...")
        print("done", end="")
        return 7

    assert run_capturing(chatty) == (7, "migrating...\ndone")
    assert capsys.readouterr().out == "", "nothing may leak to the real stdout"
    print("after")
    assert capsys.readouterr().out == "after\n", "stdout is restored afterwards"


@pytest.mark.task(taskno=2)
def test_run_capturing_restores_stdout_after_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    def broken() -> None:
        print("partial")
        raise LookupError("boom")

    with pytest.raises(LookupError):
        run_capturing(broken)
    print("visible")
    assert capsys.readouterr().out == "visible\n"


@pytest.mark.task(taskno=2)
def test_maybe_locked_uses_the_lock_or_nothing() -> None:
    lock = threading.Lock()
    with maybe_locked(lock):
        assert lock.locked(), "the real lock is held inside the block"
    assert not lock.locked()
    with maybe_locked(None) as value:
        assert value is None, "the null context yields None"


@pytest.mark.task(taskno=3)
def test_pool_reuses_one_connection_for_sequential_work() -> None:
    async def main() -> tuple[list[int], int, int]:
        factory = Factory()
        pool = ConnectionPool(factory, size=3)
        seen = []
        for _ in range(4):
            async with pool.connection() as conn:
                seen.append(conn.number)
        return seen, pool.created, pool.idle

    assert asyncio.run(main()) == ([1, 1, 1, 1], 1, 1), "connections are created lazily"


@pytest.mark.task(taskno=3)
def test_pool_never_exceeds_its_size() -> None:
    async def main() -> tuple[int, int, int]:
        factory = Factory()
        pool = ConnectionPool(factory, size=2)
        active = peak = 0

        async def job() -> None:
            nonlocal active, peak
            async with pool.connection():
                active += 1
                peak = max(peak, active)
                for _ in range(3):
                    await asyncio.sleep(0)
                active -= 1

        await asyncio.gather(*(job() for _ in range(5)))
        return peak, len(factory.made), pool.idle

    peak, made, idle = asyncio.run(main())
    assert peak == 2, f"at most 2 connections in use at once, saw {peak}"
    assert made == 2 and idle == 2, f"only 2 ever created, got {made}"


@pytest.mark.task(taskno=3)
def test_a_failed_block_discards_its_connection() -> None:
    async def main() -> tuple[bool, int, int, int]:
        factory = Factory()
        pool = ConnectionPool(factory, size=1)
        with pytest.raises(ValueError, match="bad row"):
            async with pool.connection():
                raise ValueError("bad row")
        first = factory.made[0]
        async with pool.connection() as conn:
            number = conn.number
        return first.closed, number, pool.created, pool.idle

    assert asyncio.run(main()) == (True, 2, 1, 1), "a possibly broken connection is not reused"


@pytest.mark.task(taskno=3)
def test_closing_the_pool_closes_idle_connections_and_refuses_new_work() -> None:
    async def main() -> tuple[list[bool], int, int]:
        factory = Factory()
        pool = ConnectionPool(factory, size=2)
        async with pool.connection(), pool.connection():
            pass
        await pool.close()
        with pytest.raises(RuntimeError, match="closed"):
            async with pool.connection():
                pass
        return [c.closed for c in factory.made], pool.created, pool.idle

    assert asyncio.run(main()) == ([True, True], 0, 0)


@pytest.mark.task(taskno=3)
def test_connection_returned_after_close_is_closed_not_kept() -> None:
    async def main() -> tuple[bool, int, int]:
        factory = Factory()
        pool = ConnectionPool(factory, size=1)
        async with pool.connection() as conn:
            await pool.close()
        return conn.closed, pool.idle, pool.created

    assert asyncio.run(main()) == (True, 0, 0)


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("size", [0, -2])
def test_pool_size_must_be_positive(size: int) -> None:
    with pytest.raises(ValueError, match="size"):
        ConnectionPool(Factory(), size=size)


@pytest.mark.task(taskno=3)
def test_size_one_pool_serialises_users() -> None:
    async def main() -> list[str]:
        pool = ConnectionPool(Factory(), size=1)
        log: list[str] = []

        async def job(name: str) -> None:
            async with pool.connection():
                log.append(f"{name} in")
                await asyncio.sleep(0)
                log.append(f"{name} out")

        await asyncio.gather(job("a"), job("b"))
        return log

    assert asyncio.run(main()) == ["a in", "a out", "b in", "b out"]
