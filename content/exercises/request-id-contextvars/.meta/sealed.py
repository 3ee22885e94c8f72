"""Sealed cases for request-id-contextvars.

Besides ``request_id``, the probes set a second context variable of their own (``tenant``):
"the caller's context" means every variable, not only the request id. Scopes are nested
and left by every kind of exception (``KeyboardInterrupt`` and ``SystemExit`` included);
blank ids use every whitespace ``str.isspace`` knows, and ids that only look blank (a
zero-width space) are valid. Concurrent handlers and background tasks run on the
virtual-time loop with sleeps of binary fractions, so interleavings are exact.
"""

from __future__ import annotations

import asyncio
import builtins
import functools
import random
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextvars import Context, ContextVar
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.clock import VirtualClock, run

SOLUTION = "request_id_contextvars"

tenant: ContextVar[str] = ContextVar("tenant", default="no tenant")

IDS = ("req-1", "a", "7f3c-99", "ünï-ΔΩ", "商品-42", "🙂", "id with spaces", " padded ",
       "\u200b", "x" * 200, "-", "None")  # fmt: skip
BLANK = ("", " ", "   ", "\t", "\n", " \r\n ", "\u00a0", "\u3000", "\u2028", "\x0b\x0c")
MESSAGES = ("boot", "", "50% done", "{user} logged in", "%s %d", "line\nbreak", "ünïcode ✓",
            "  two  spaces\t", "[x] nested [brackets]")  # fmt: skip
ENDINGS = ("ok", "ok", "ValueError", "KeyError", "KeyboardInterrupt", "SystemExit")


def fresh(probe: Callable[..., Any]) -> Callable[..., Any]:
    """Run the probe in an empty context: every case starts with both variables unset,
    whatever an earlier case (or a wrong solution) left behind."""

    @functools.wraps(probe)
    def run_fresh(*args: Any, **kwargs: Any) -> Any:
        return Context().run(probe, *args, **kwargs)

    return run_fresh


def _state(solution) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {"request_id": solution.request_id.get(), "tenant": tenant.get()}


@fresh
def lines(solution, rid, messages):  # type: ignore[no-untyped-def]
    """``log_line`` for each message, inside a scope of ``rid`` (``None``: outside)."""

    def write() -> list[str]:
        if rid is None:
            return [solution.log_line(message) for message in messages]
        with solution.request_scope(rid):
            return [solution.log_line(message) for message in messages]

    return {"lines": observe(write), "current after": observe(solution.current_request_id)}


@fresh
def scopes(solution, rids, ending):  # type: ignore[no-untyped-def]
    """Nested scopes of ``rids``; the innermost block ends with ``ending``. What each level
    saw on the way in and out, what escaped, and the variable afterwards."""
    log: list[Any] = []

    def enter(level: int) -> None:
        if level == len(rids):
            log.append(("innermost", solution.current_request_id()))
            if ending != "ok":
                raise getattr(builtins, ending)(f"{ending} in the block")
            return
        with solution.request_scope(rids[level]) as value:
            log.append(("in", level, value, solution.current_request_id()))
            try:
                enter(level + 1)
            finally:
                log.append(("leaving", level, solution.current_request_id()))
        log.append(("out", level, solution.current_request_id()))

    outcome = observe(enter, 0, message=r"\bblank\b|in the block")
    return {"outcome": outcome, "log": log, "after": _state(solution)}


@fresh
def handlers(solution, plan):  # type: ignore[no-untyped-def]
    """Concurrent handlers ``(rid, inner, steps, spawn_at)`` on the virtual loop: each logs
    at every step (sleeping ``steps[i]`` seconds), opens a nested scope ``inner`` for the
    middle steps, and may spawn a background task at step ``spawn_at`` that outlives the
    scope, logs twice and sets its own values."""
    clock = VirtualClock()
    background: list[asyncio.Task[list[str]]] = []

    async def later(delay: float) -> list[str]:
        seen = [solution.log_line("queued"), tenant.get()]
        await asyncio.sleep(delay)
        seen.append(solution.log_line("sent"))
        solution.request_id.set("set by the task")
        tenant.set("task tenant")
        seen.append(solution.log_line("after its own set"))
        return seen

    async def handle(rid: str, inner: str | None, steps: list[float], spawn_at: int) -> Any:
        out: list[Any] = []
        tenant.set(f"tenant of {rid}")
        with solution.request_scope(rid):
            for index, seconds in enumerate(steps):
                await asyncio.sleep(seconds)
                if inner is not None and index == 1:
                    with solution.request_scope(inner):
                        out.append(solution.log_line(f"inner {index}"))
                        await asyncio.sleep(seconds)
                        out.append(solution.log_line(f"inner {index} again"))
                if index == spawn_at:
                    background.append(solution.spawn(later(sum(steps) + 0.25)))
                out.append(solution.log_line(f"step {index}"))
        out.append(_state(solution))
        return out

    async def main() -> dict[str, Any]:
        served = await asyncio.gather(*(handle(*entry) for entry in plan))
        finished = await asyncio.gather(*background)
        return {"handlers": served, "background": finished, "main sees": _state(solution)}

    return observe(lambda: run(main, clock=clock).unwrap())


@fresh
def isolated(solution, rid, ending):  # type: ignore[no-untyped-def]
    """``run_isolated`` of a function that reads both variables, sets them and a third,
    then ends with ``ending``: what it saw, what it returned, what the caller keeps."""
    extra: ContextVar[str] = ContextVar("extra", default="unset")
    seen: list[Any] = []

    def meddle() -> str:
        seen.append((solution.current_request_id(), tenant.get(), extra.get()))
        solution.request_id.set("hijacked")
        tenant.set("hijacked tenant")
        extra.set("hijacked extra")
        if ending != "ok":
            raise getattr(builtins, ending)("meddling failed")
        return solution.log_line("meddled")

    def call() -> Any:
        tenant.set("acme")
        if rid is None:
            return solution.run_isolated(meddle)
        with solution.request_scope(rid):
            result = observe(solution.run_isolated, meddle, message=True)
            return {"result": result, "inside the scope": _state(solution), "extra": extra.get()}

    outcome = observe(call, message=True)
    return {"outcome": outcome, "func saw": seen, "after": _state(solution), "extra": extra.get()}


@fresh
def threads(solution, rid, tenant_value):  # type: ignore[no-untyped-def]
    """``submit_with_context`` on a one-thread pool: what the worker saw, that its own
    changes stay in its copy (a plain submit afterwards on the same thread sees nothing),
    and that the caller keeps its values."""

    def work() -> Any:
        seen = (solution.current_request_id(), tenant.get(), solution.log_line("resize"))
        solution.request_id.set("set in the worker")
        tenant.set("worker tenant")
        return seen

    def plain() -> Any:
        return (solution.request_id.get(), tenant.get())

    def call() -> Any:
        with ThreadPoolExecutor(max_workers=1) as pool:
            tenant.set(tenant_value)
            if rid is None:
                got = solution.submit_with_context(pool, work).result()
            else:
                with solution.request_scope(rid):
                    got = solution.submit_with_context(pool, work).result()
            again = solution.submit_with_context(pool, work).result()
            left = pool.submit(plain).result()
            return {"worker saw": got, "next submit saw": again, "plain submit saw": left,
                    "caller": _state(solution)}  # fmt: skip

    return observe(call)


def _rids(rng: random.Random, count: int) -> list[str]:
    return [gen.pick(rng, IDS) for _ in range(count)]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 70 cases per seed."""
    for _ in range(8):
        rid = gen.pick(rng, (*IDS, None))
        yield Case.probe(lines, rid, gen.some(rng, MESSAGES, rng.randint(1, 4)), task=1)
    for blank in BLANK:
        yield Case.probe(scopes, [blank], "ok", task=1, group="blank ids")
    for _ in range(16):
        rids = _rids(rng, rng.randint(1, 4))
        if gen.chance(rng, 0.2):
            rids.insert(rng.randint(0, len(rids)), gen.pick(rng, BLANK))
        yield Case.probe(scopes, rids, gen.pick(rng, ENDINGS), task=1)
    for _ in range(10):
        plan = []
        for index in range(rng.randint(1, 5)):
            steps = [
                gen.pick(rng, (0.0, 0.0625, 0.125, 0.25, 0.5)) for _ in range(rng.randint(1, 4))
            ]
            inner = gen.pick(rng, IDS) if gen.chance(rng, 0.4) else None
            spawn_at = rng.randint(0, len(steps) - 1) if gen.chance(rng, 0.5) else -1
            plan.append((f"req-{index}-{gen.pick(rng, IDS)}", inner, steps, spawn_at))
        yield Case.probe(handlers, plan, task=2)
    for _ in range(8):
        rid = gen.pick(rng, (*IDS, None))
        yield Case.probe(isolated, rid, gen.pick(rng, ("ok", "ok", "ValueError", "SystemExit")),
                         task=3)  # fmt: skip
    for _ in range(6):
        rid = gen.pick(rng, (*IDS, None))
        yield Case.probe(threads, rid, gen.pick(rng, ("acme", "globex", "ünï")), task=3)
