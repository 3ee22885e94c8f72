import asyncio
import sys
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


@pytest.mark.task(taskno=2)
def test_run_capturing_takes_writes_too_and_leaves_stderr_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def chatty() -> str:
        sys.stdout.write("progress: 50%\n")
        print("warning: slow disk", file=sys.stderr)
        return "ok"

    assert run_capturing(chatty) == ("ok", "progress: 50%\n"), "sys.stdout.write is output too"
    assert capsys.readouterr() == ("", "warning: slow disk\n"), "stderr is not captured"


@pytest.mark.task(taskno=2)
def test_nested_captures_each_get_their_own_output(capsys: pytest.CaptureFixture[str]) -> None:
    def inner() -> int:
        print("inner")
        return 1

    def outer() -> int:
        print("before")
        result, text = run_capturing(inner)
        print(f"after, inner said {text!r}")
        return result

    assert run_capturing(outer) == (1, "before\nafter, inner said 'inner\\n'\n")
    assert capsys.readouterr().out == "", "the inner capture restores the outer one, not stdout"


@pytest.mark.task(taskno=2)
def test_maybe_locked_returns_the_lock_itself() -> None:
    lock = threading.Lock()
    assert maybe_locked(lock) is lock
    with maybe_locked(lock) as value:
        assert value is True, "`as` binds what the lock's __enter__ returns (True for a Lock)"

    class EmptyBatchLock:
        """A context manager that happens to be falsy."""

        entered = False

        def __len__(self) -> int:
            return 0

        def __enter__(self) -> None:
            self.entered = True

        def __exit__(self, *exc_info: object) -> None:
            return None

    falsy = EmptyBatchLock()
    with maybe_locked(falsy):
        pass
    assert falsy.entered, "only None means no lock, not any falsy object"


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
def test_the_broken_connection_is_closed_before_the_error_arrives() -> None:
    async def main() -> bool:
        pool = ConnectionPool(Factory(), size=2)
        conn = None
        try:
            async with pool.connection() as conn:
                raise ValueError("bad row")
        except ValueError:
            return conn is not None and conn.closed
        return False

    assert asyncio.run(main()), "await conn.close() before letting the exception propagate"


@pytest.mark.task(taskno=3)
def test_a_cancelled_request_does_not_give_its_connection_back() -> None:
    async def main() -> tuple[bool, int, int]:
        pool = ConnectionPool(Factory(), size=2)
        holding = asyncio.Event()
        conns: list[Conn] = []

        async def request() -> None:
            async with pool.connection() as conn:
                conns.append(conn)
                holding.set()
                await asyncio.Event().wait()  # a slow query, cancelled below

        task = asyncio.create_task(request())
        await holding.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return conns[0].closed, pool.created, pool.idle

    assert asyncio.run(main()) == (True, 0, 0), "CancelledError is a BaseException: close too"


@pytest.mark.task(taskno=3)
def test_a_refused_connection_frees_its_slot_and_is_not_counted() -> None:
    async def main() -> tuple[int, int, int]:
        factory = Factory()
        calls = 0

        async def flaky() -> Conn:
            nonlocal calls
            calls += 1
            if calls == 1:
                raise ConnectionRefusedError("database is starting")
            return await factory()

        pool = ConnectionPool(flaky, size=1)
        with pytest.raises(ConnectionRefusedError):
            async with pool.connection():
                pass
        created_after_failure = pool.created
        async with pool.connection() as conn:  # the only slot is free again
            return created_after_failure, conn.number, pool.created

    assert asyncio.run(main()) == (0, 1, 1)


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
