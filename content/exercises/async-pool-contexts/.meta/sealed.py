"""Sealed cases for async-pool-contexts.

``drain`` and ``maybe_locked`` run against logging fakes (what each ``__exit__`` receives,
how often ``close`` runs); ``run_capturing`` runs under the probe's own stdout and stderr,
to see what leaks and what is restored, nested captures included. The pool runs on the
virtual-time loop: users all arrive at 0 in order, hold their connection for multiples of
1/16 s, fail, or are cancelled at odd multiples of 1/128 s (never when anything else
happens); opening and closing a connection take no virtual time. Which connection a user
gets is not observed (the instructions do not say which idle one is reused), only when
each user got in and out, what reached it, and the pool's counts.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import contextvars
import io
import random
import sys
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe, observe_async
from pyhero.sealed.clock import VirtualClock, run
from pyhero.sealed.record import Recorder

SOLUTION = "async_pool_contexts"

LINES = ("a", "", " ", "\t", "None", "ünïcode ✓", "two  spaces", "商品", "🙂", "x" * 300)
FAILURES = (("OSError", "disk error"), ("ValueError", "bad byte 0xff"), ("UnicodeError", "ü"))


def _exception(name: str, message: str) -> BaseException:
    error: BaseException = getattr(builtins, name)(message)
    return error


class Reader:
    """``read_line`` gives ``lines`` then ``None`` (forever), raising at read ``fail_at``."""

    def __init__(self, lines: list[str], fail_at: int | None, failure: list[str]) -> None:
        self._lines = list(lines)
        self._fail_at = fail_at
        self._failure = failure
        self.log: list[Any] = []

    def read_line(self) -> str | None:
        self.log.append("read")
        if self._fail_at is not None and len(self.log) == self._fail_at:
            raise _exception(*self._failure)
        return self._lines.pop(0) if self._lines else None

    def close(self) -> None:
        self.log.append("close")


def drain(solution, lines, fail_at=None, failure=("OSError", "disk error")):  # type: ignore[no-untyped-def]
    """``drain`` over a reader: what it returns or raises, and every read and close."""
    reader = Reader(lines, fail_at, list(failure))
    return {"outcome": observe(solution.drain, reader, message=True), "log": reader.log}


def _chatty(solution, actions, depth=0):  # type: ignore[no-untyped-def]
    def func() -> object:
        for action in actions:
            kind = action[0]
            if kind == "print":
                print(*action[1], sep=action[2], end=action[3])
            elif kind == "write":
                sys.stdout.write(action[1])
            elif kind == "stderr":
                print(action[1], file=sys.stderr)
            elif kind == "nested":
                inner = solution.run_capturing(_chatty(solution, action[1], depth + 1))
                print(f"inner gave {inner!r}")
            elif kind == "raise":
                raise _exception(action[1], action[2])
        return ("result", depth) if depth else None

    return func


def capturing(solution, actions):  # type: ignore[no-untyped-def]
    """``run_capturing`` under the probe's stdout and stderr: its outcome, what leaked to
    each, and whether ``sys.stdout`` is the probe's again afterwards."""
    outer, errors = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(outer), contextlib.redirect_stderr(errors):
        outcome = observe(solution.run_capturing, _chatty(solution, actions), message=True)
        restored = sys.stdout is outer
    return {
        "outcome": outcome,
        "leaked to stdout": outer.getvalue(),
        "stderr": errors.getvalue(),
        "stdout restored": restored,
    }


class FalsyLock:
    """A context manager that is falsy (it has a length of 0), still a lock to use."""

    def __init__(self, log: list[Any]) -> None:
        self._log = log

    def __len__(self) -> int:
        return 0

    def __enter__(self) -> str:
        self._log.append(("enter", "falsy"))
        return "entered falsy"

    def __exit__(self, exc_type: object, exc: object, traceback: object) -> None:
        self._log.append(("exit", "falsy", getattr(exc_type, "__name__", None), str(exc)))


def locked(solution, kind, block):  # type: ignore[no-untyped-def]
    """``with maybe_locked(lock) as value:`` around a block that ends with ``block``: is
    the returned object the lock, what ``as`` bound, what the lock saw, what escaped."""
    recorder = Recorder()
    if kind == "none":
        lock: Any = None
    elif kind == "falsy":
        lock = FalsyLock(recorder.log)
    else:
        lock = recorder.resource("lock", "LOCK VALUE", suppress=kind == "suppressing")
    manager = solution.maybe_locked(lock)
    bound: list[Any] = []

    def use() -> None:
        with manager as value:
            bound.append(value)
            recorder.log.append(("body",))
            if block != "ok":
                raise _exception(block, "inside the lock")

    outcome = observe(use, message=True)
    return {
        "is the lock": manager is lock if lock is not None else None,
        "as": bound,
        "log": list(recorder.log),
        "outcome": outcome,
    }


_user: contextvars.ContextVar[str] = contextvars.ContextVar("user", default="?")


class Conn:
    def __init__(self) -> None:
        self.closes = 0

    async def close(self) -> None:
        await asyncio.sleep(0)
        self.closes += 1


def pool_users(solution, size, users, refused=(), close_at=None):  # type: ignore[no-untyped-def]
    """Users ``(name, hold, outcome, cancel_at)`` all ask at 0, in order; ``outcome`` is
    ``"ok"`` or a failure raised in the block after ``hold`` seconds; the factory refuses
    the users in ``refused``; ``close_at`` closes the pool then (nobody waits by then).
    Afterwards the pool is closed and asked for one more connection."""
    clock = VirtualClock()
    conns: list[Conn] = []
    counts: dict[str, Any] = {"factory calls": 0, "in use": 0, "peak in use": 0}

    async def factory() -> Conn:
        counts["factory calls"] += 1
        await asyncio.sleep(0)
        if _user.get() in refused:
            raise ConnectionRefusedError(f"no connection for {_user.get()}")
        conn = Conn()
        conns.append(conn)
        return conn

    async def main() -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        pool = solution.ConnectionPool(factory, size)
        seen: dict[str, Any] = {}

        async def user(name: str, hold: float, outcome: Any) -> None:
            _user.set(name)
            record: dict[str, Any] = {"in": None, "out": None}
            seen[name] = record
            conn = None
            try:
                async with pool.connection() as conn:
                    record["in"] = loop.time() - start
                    counts["in use"] += 1
                    counts["peak in use"] = max(counts["peak in use"], counts["in use"])
                    try:
                        await asyncio.sleep(hold)
                    finally:
                        counts["in use"] -= 1
                    if outcome != "ok":
                        raise _exception(*outcome)
            except (Exception, asyncio.CancelledError) as exc:
                record["raised"] = (type(exc).__name__, str(exc))
                record["its connection closed by then"] = None if conn is None else conn.closes
            record["out"] = loop.time() - start

        tasks = [asyncio.create_task(user(name, hold, outcome)) for name, hold, outcome, _ in users]
        for task, (_, _, _, cancel_at) in zip(tasks, users, strict=True):
            if cancel_at is not None:
                loop.call_at(start + cancel_at, task.cancel)
        if close_at is not None:
            await asyncio.sleep(close_at)
            await pool.close()
            closed_early = {"created": pool.created, "idle": pool.idle}
        await asyncio.gather(*tasks)
        after_users = {"created": pool.created, "idle": pool.idle}
        await pool.close()

        async def one_more() -> None:
            async with pool.connection():
                pass

        return {
            "users": [[name, seen.get(name)] for name, *_ in users],
            "closed early": closed_early if close_at is not None else None,
            "after the users": after_users,
            "after close": {"created": pool.created, "idle": pool.idle},
            "factory calls": counts["factory calls"],
            "peak in use": counts["peak in use"],
            "close count of each connection": sorted(conn.closes for conn in conns),
            "connection() on a closed pool": await observe_async(one_more, message="closed"),
        }

    return observe(lambda: run(main, clock=clock).unwrap())


def bad_size(solution, size):  # type: ignore[no-untyped-def]
    async def factory() -> Conn:
        return Conn()

    return observe(solution.ConnectionPool, factory, size, message=r"\bsize\b")


def _users(
    rng: random.Random, count: int, *, failures: bool, cancels: bool
) -> list[tuple[Any, ...]]:
    users = []
    for i in range(count):
        hold = gen.pick(rng, (0.0625, 0.125, 0.25, 0.5, 1.0))
        outcome: Any = "ok"
        cancel_at = None
        if failures and gen.chance(rng, 0.25):
            outcome = list(gen.pick(rng, FAILURES))
        elif cancels and gen.chance(rng, 0.12):
            cancel_at = (2 * rng.randint(0, 150) + 1) / 128
        users.append((f"user{i}", hold, outcome, cancel_at))
    return users


def _drain_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(14):
        lines = [gen.pick(rng, LINES) for _ in range(gen.size(rng, large=200))]
        if gen.chance(rng, 0.4):
            failure = gen.pick(rng, FAILURES)
            yield Case.probe(drain, lines, rng.randint(1, len(lines) + 1), failure, task=1)
        else:
            yield Case.probe(drain, lines, task=1)


def _capture_cases(rng: random.Random) -> Iterator[Case]:
    def actions(depth: int) -> list[Any]:
        chosen: list[Any] = []
        for _ in range(rng.randint(0, 4)):
            roll = rng.random()
            if roll < 0.35:
                words = [gen.pick(rng, LINES[:9]) for _ in range(rng.randint(0, 3))]
                chosen.append(("print", words, gen.pick(rng, (" ", "", "\t", ", ")),
                               gen.pick(rng, ("\n", "", "\r\n"))))  # fmt: skip
            elif roll < 0.6:
                chosen.append(("write", gen.pick(rng, LINES)))
            elif roll < 0.75:
                chosen.append(("stderr", gen.pick(rng, LINES[:9])))
            elif roll < 0.9 and depth == 0:
                chosen.append(("nested", actions(1)))
        if gen.chance(rng, 0.2):
            chosen.append(("raise", *gen.pick(rng, FAILURES)))
        return chosen

    for _ in range(16):
        yield Case.probe(capturing, actions(0), task=2)


def _lock_cases() -> Iterator[Case]:
    for kind in ("resource", "suppressing", "falsy", "none"):
        for block in ("ok", "ValueError", "KeyboardInterrupt"):
            yield Case.probe(locked, kind, block, task=2)


def _pool_cases(rng: random.Random) -> Iterator[Case]:
    for size in (0, -1):
        yield Case.probe(bad_size, size, task=3)
    for _ in range(25):
        size = rng.randint(1, 4)
        users = _users(rng, rng.randint(1, 10), failures=True, cancels=True)
        yield Case.probe(pool_users, size, users, task=3)
    for _ in range(8):
        size = rng.randint(1, 4)
        users = _users(rng, rng.randint(1, 8), failures=False, cancels=False)
        refused = [name for name, *_ in gen.some(rng, users, rng.randint(1, len(users)))]
        yield Case.probe(pool_users, size, users, refused, task=3, group="factory fails")
    for _ in range(6):
        size = rng.randint(1, 4)
        users = _users(rng, rng.randint(1, size), failures=gen.chance(rng, 0.5), cancels=False)
        close_at = gen.pick(rng, (5 / 128, 25 / 128, 53 / 128))
        yield Case.probe(pool_users, size, users, close_at=close_at, task=3, group="closed early")
    users = _users(rng, 120, failures=True, cancels=True)
    yield Case.probe(pool_users, 5, users, task=3, group="many users")


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    yield from _drain_cases(rng)
    yield from _capture_cases(rng)
    yield from _lock_cases()
    yield from _pool_cases(rng)
