"""Sealed cases for blocking-call-bridges, on the virtual-time event loop.

Threads really run (the virtual loop awaits executor work for real), but timers cost no
real time: a bridge that waits for its thread by polling with ``asyncio.sleep`` moves the
virtual clock, one that awaits the executor's future does not. Blocking functions wait on
``threading`` events and barriers with real timeouts, so a bridge that blocks the loop or
serialises the calls is observed as a timeout instead of hanging.
"""

from __future__ import annotations

import asyncio
import builtins
import contextvars
import inspect
import random
import threading
import time
import typing
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.clock import run

SOLUTION = "blocking_call_bridges"

tenant: contextvars.ContextVar[str] = contextvars.ContextVar("tenant", default="none")


def thread_call(solution, args, kwargs, tenant_name):  # type: ignore[no-untyped-def]
    """One awaited call: what the function received, where it ran, what it saw of the
    caller's context, and whether it ran before being awaited or cost virtual time."""
    calls: list[Any] = []

    def export(*call_args: Any, **call_kwargs: Any) -> dict[str, Any]:
        calls.append(threading.get_ident())
        time.sleep(0.02)  # real time: the thread is still busy when the caller first looks
        return {"args": call_args, "kwargs": call_kwargs, "tenant": tenant.get()}

    wrapped = solution.run_in_thread(export)

    async def main() -> dict[str, Any]:
        tenant.set(tenant_name)
        pending = wrapped(*args, **kwargs)
        ran_early = bool(calls)
        result = await pending
        return {
            "result": result,
            "ran before await": ran_early,
            "worker thread": calls[-1] != threading.get_ident(),
            "calls": len(calls),
        }

    outcome = run(main)
    return {
        "outcome": observe(outcome.unwrap),
        "virtual time passed": outcome.elapsed > 0,
        "tenant after": tenant.get(),
    }


def thread_error(solution, name, message):  # type: ignore[no-untyped-def]
    """The function raises ``name(message)``: is the very same exception awaited?"""
    error = getattr(builtins, name)(message)

    def fail() -> None:
        raise error

    async def main() -> str:
        try:
            await solution.run_in_thread(fail)()
        except BaseException as caught:
            return "same object" if caught is error else f"another {type(caught).__name__}"
        return "nothing raised"

    return observe(run(main).unwrap)


def loop_stays_free(solution, spins):  # type: ignore[no-untyped-def]
    """A blocked function is released by a task that needs ``spins`` loop steps."""
    released = threading.Event()

    def wait() -> bool:
        return released.wait(timeout=4)

    async def release() -> str:
        for _ in range(spins):
            await asyncio.sleep(0)
        released.set()
        return "released"

    async def main() -> list[Any]:
        return list(await asyncio.gather(solution.run_in_thread(wait)(), release()))

    return observe(run(main).unwrap)


def side_by_side(solution, count):  # type: ignore[no-untyped-def]
    """``count`` calls awaited together meet at a barrier: they must run at the same time."""
    barrier = threading.Barrier(count, timeout=4)

    def meet(index: int) -> int:
        barrier.wait()
        return index

    async def main() -> list[int]:
        wrapped = solution.run_in_thread(meet)
        return list(await asyncio.gather(*(wrapped(index) for index in range(count))))

    return observe(run(main).unwrap)


def _describe(wrapper: Any, original: Any) -> dict[str, Any]:
    return {
        "name": getattr(wrapper, "__name__", None),
        "qualname": getattr(wrapper, "__qualname__", None),
        "doc": getattr(wrapper, "__doc__", None),
        "module": getattr(wrapper, "__module__", None),
        "wrapped": getattr(wrapper, "__wrapped__", None) is original,
        "coroutine function": inspect.iscoroutinefunction(wrapper),
        "signature": str(inspect.signature(wrapper)),
    }


def fetch_rates(currency: str, /, day: str, *, retries: int = 3) -> dict[str, float]:
    """Download the exchange rates of a day (blocking)."""
    return {currency: 1.0}


async def sync_orders(shop: str, *pages: int, full: bool = False) -> int:
    """Synchronise the orders of a shop."""
    return len(pages)


def metadata(solution, which):  # type: ignore[no-untyped-def]
    """What the decorated function looks like to frameworks and readers."""
    if which == "run_in_thread":
        return _describe(solution.run_in_thread(fetch_rates), fetch_rates)
    return _describe(solution.run_sync(sync_orders), sync_orders)


def typing_of(solution, which):  # type: ignore[no-untyped-def]
    """Does the decorator's annotation keep the parameters (one ParamSpec in and out)?"""
    hints = typing.get_type_hints(getattr(solution, which))
    parameters = typing.get_args(hints["func"])[0]
    returned = typing.get_args(hints["return"])
    return {
        "ParamSpec in": isinstance(parameters, typing.ParamSpec),
        "same out": bool(returned) and returned[0] is parameters,
    }


def sync_calls(solution, calls):  # type: ignore[no-untyped-def]
    """Call a ``run_sync`` command several times from plain code: results, and whether
    each call had a fresh loop that was closed afterwards."""
    loops: list[asyncio.AbstractEventLoop] = []

    async def command(*args: Any, **kwargs: Any) -> Any:
        loops.append(asyncio.get_running_loop())
        await asyncio.sleep(0)
        if kwargs.get("fail"):
            raise LookupError(f"no shop {args[0] if args else '?'}")
        return {"args": args, "kwargs": kwargs}

    wrapped = solution.run_sync(command)
    results = [observe(wrapped, *args, message=True, **kwargs) for args, kwargs in calls]
    return {
        "results": results,
        "loops": len(loops),
        "fresh each time": len({id(loop) for loop in loops}) == len(loops),
        "closed": [loop.is_closed() for loop in loops],
    }


def sync_inside_loop(solution):  # type: ignore[no-untyped-def]
    """Calling a ``run_sync`` command from inside a running loop: the error, and whether
    the coroutine function was called at all."""
    called: list[str] = []

    async def body() -> str:
        return "ran"

    def command() -> Any:
        called.append("called")
        return body()

    wrapped = solution.run_sync(command)

    async def main() -> Any:
        return observe(wrapped, message="running event loop")

    return {"outcome": run(main).unwrap(), "called": called}


def in_default_executor(solution, count):  # type: ignore[no-untyped-def]
    """``count`` calls awaited together on a loop whose default executor is set: do they run
    in its threads (not in an executor of the bridge's own)?"""
    names: list[str] = []

    def work(index: int) -> int:
        names.append(threading.current_thread().name)
        time.sleep(0.01)
        return index

    async def main() -> list[int]:
        pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="loop-default")
        asyncio.get_running_loop().set_default_executor(pool)
        wrapped = solution.run_in_thread(work)
        return list(await asyncio.gather(*(wrapped(index) for index in range(count))))

    outcome = observe(run(main).unwrap)
    in_default = bool(names) and all(name.startswith("loop-default") for name in names)
    return {"outcome": outcome, "in the loop's default executor": in_default}


def sync_cleanup(solution, fail):  # type: ignore[no-untyped-def]
    """A ``run_sync`` command that leaves a task pending, an async generator open and a
    default-executor thread behind, called in a thread of its own: what was finished before
    the call returned, and the thread's current event loop afterwards."""
    seen = {"task cancelled": False, "generator finished": False}
    keep: list[Any] = []
    workers: list[threading.Thread] = []

    async def forever() -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            seen["task cancelled"] = True
            raise

    async def numbers() -> Any:
        try:
            yield 1
            yield 2
        finally:
            seen["generator finished"] = True

    async def command() -> str:
        loop = asyncio.get_running_loop()
        keep.append(loop.create_task(forever()))
        generator = numbers()
        keep.append(generator)
        await generator.__anext__()
        await loop.run_in_executor(None, lambda: workers.append(threading.current_thread()))
        await asyncio.sleep(0)
        if fail:
            raise LookupError("sync failed")
        return "synced"

    wrapped = solution.run_sync(command)
    report: dict[str, Any] = {}

    def call() -> None:
        report["outcome"] = observe(wrapped, message=True)
        report.update(seen)
        report["executor threads joined"] = not any(worker.is_alive() for worker in workers)
        try:
            current = asyncio.get_event_loop_policy().get_event_loop()
        except RuntimeError:
            report["current loop after"] = "none"
        else:
            report["current loop after"] = "closed" if current.is_closed() else "open"
            if not current.is_closed():
                current.close()

    thread = threading.Thread(target=call)
    thread.start()
    thread.join(10)
    return report


CALL_ARGS = (
    ([], {}),
    (["2024-05-01"], {}),
    (["a", 2, None], {"encoding": "latin-1"}),
    ([], {"path": "/etc/app.toml", "func": "f", "args": 1}),
    ([[1, 2], {"k": "v"}], {"strict": True}),
)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 40 cases per seed (some wait for real threads)."""
    for args, kwargs in CALL_ARGS:
        tenant_name = gen.pick(rng, ("acme", "globex", "initech"))
        yield Case.probe(thread_call, list(args), kwargs, tenant_name, task=1)
    for _ in range(4):
        args = [gen.pick(rng, (1, "x", None, 2.5)) for _ in range(rng.randint(0, 3))]
        kwargs = {key: rng.randint(0, 9) for key in gen.some(rng, ("a", "b", "self", "func"))}
        yield Case.probe(thread_call, args, kwargs, gen.word(rng), task=1)
    for name in ("ValueError", "PermissionError", "ConnectionError", "KeyError", "RuntimeError"):
        yield Case.probe(thread_error, name, gen.word(rng), task=1)
    for which in ("run_in_thread", "run_sync"):
        yield Case.probe(metadata, which, task=1 if which == "run_in_thread" else 3)
        yield Case.probe(typing_of, which, task=1 if which == "run_in_thread" else 3)
    for spins in (1, 10):
        yield Case.probe(loop_stays_free, spins, task=2)
    for count in (2, 4):
        yield Case.probe(side_by_side, count, task=2)
    for _ in range(6):
        calls = []
        for _ in range(rng.randint(1, 3)):
            args = [gen.word(rng) for _ in range(rng.randint(0, 2))]
            kwargs = {"fail": True} if gen.chance(rng, 0.3) else {"page": rng.randint(1, 5)}
            calls.append((args, kwargs))
        yield Case.probe(sync_calls, calls, task=3)
    yield Case.probe(sync_inside_loop, task=3)
    for count in (1, 3):
        yield Case.probe(in_default_executor, count, task=1)
    for fail in (False, True):
        yield Case.probe(sync_cleanup, fail, task=3)
