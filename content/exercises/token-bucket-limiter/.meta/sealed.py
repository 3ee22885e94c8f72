"""Sealed cases for token-bucket-limiter, on virtual time.

The bucket reads a :class:`VirtualClock` and sleeps with ``asyncio.sleep`` on the virtual
event loop (``pyhero.sealed.clock.run``), so waits are exact and instant. Rates, arrival
times and idle times are binary fractions (0.125, 4/s…), so no float rounding can make a
waiter sleep a second, tiny time; cancellations happen at times no waiter is served at.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.clock import VirtualClock, run

SOLUTION = "token_bucket_limiter"

RATES = (0.5, 1, 2, 4, 4.0, 8, 16)
STEPS = (0.0625, 0.125, 0.25, 0.5, 1, 10, 3600)
CANCEL_AT = (0.1, 0.3, 0.7, 1.1, 2.3)


def construct(solution, rate, capacity):  # type: ignore[no-untyped-def]
    """The constructor's validation."""
    solution.TokenBucket(rate, capacity, clock=VirtualClock().monotonic)


def bucket_ops(solution, rate, capacity, ops):  # type: ignore[no-untyped-def]
    """``ops`` on a fresh bucket: ``("advance", seconds)`` moves the clock,
    ``("try", n)`` is ``try_acquire(n)``, ``("available",)`` reads the tokens."""
    clock = VirtualClock()
    bucket = solution.TokenBucket(rate, capacity, clock=clock.monotonic)
    seen: list[Any] = []
    for op in ops:
        if op[0] == "advance":
            clock.advance(op[1])
        elif op[0] == "try":
            seen.append(observe(bucket.try_acquire, op[1], message="tokens"))
        else:
            seen.append(observe(lambda: float(bucket.available)))
    return seen


def one_waiter(solution, rate, capacity, taken, idle, tokens):  # type: ignore[no-untyped-def]
    """``acquire(tokens)`` after ``taken`` tokens were used and ``idle`` seconds passed: what
    it returns, how long it took, what is left, and every sleep it asked for."""
    clock = VirtualClock()
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(float(seconds))
        await asyncio.sleep(seconds)

    async def main() -> tuple[float, float, float]:
        bucket = solution.TokenBucket(rate, capacity, clock=clock.monotonic, sleep=sleep)
        if taken:
            bucket.try_acquire(taken)
        await asyncio.sleep(idle)
        start = clock.monotonic()
        waited = await bucket.acquire(tokens)
        return float(waited), clock.monotonic() - start, float(bucket.available)

    outcome = observe(lambda: run(main, clock=clock).unwrap(), message="tokens")
    return {"outcome": outcome, "sleeps": sleeps}


def many_waiters(solution, rate, capacity, clients, cancels):  # type: ignore[no-untyped-def]
    """Clients ``(name, arrival, tokens)`` share a drained bucket; ``cancels`` are
    ``(name, at)``. Who is served when (after the start), who was cancelled, what is left."""
    clock = VirtualClock()
    served: list[tuple[str, float, float]] = []

    async def main() -> dict[str, Any]:
        bucket = solution.TokenBucket(rate, capacity, clock=clock.monotonic)
        bucket.try_acquire(capacity)
        start = clock.monotonic()

        async def client(name: str, arrival: float, tokens: int) -> None:
            await asyncio.sleep(arrival)
            waited = await bucket.acquire(tokens)
            served.append((name, clock.monotonic() - start, float(waited)))

        tasks = {name: asyncio.create_task(client(name, at, n)) for name, at, n in clients}
        loop = asyncio.get_running_loop()
        for name, at in cancels:
            loop.call_at(start + at, tasks[name].cancel)
        results = await asyncio.gather(*tasks.values(), return_exceptions=True)
        cancelled = [n for n, r in zip(tasks, results) if isinstance(r, asyncio.CancelledError)]
        errors = [n for n, r in zip(tasks, results) if isinstance(r, Exception)]
        return {"cancelled": cancelled, "errors": errors, "left": float(bucket.available)}

    outcome = observe(lambda: run(main, clock=clock).unwrap())
    return {"outcome": outcome, "served": served}


def _ops(rng: random.Random, capacity: int) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(3, 14)):
        roll = rng.random()
        if roll < 0.35:
            ops.append(("advance", gen.pick(rng, STEPS)))
        elif roll < 0.8:
            ops.append(("try", rng.randint(1, capacity)))
        elif roll < 0.9:
            ops.append(("try", gen.pick(rng, (0, -1, capacity + 1))))
        else:
            ops.append(("available",))
    return ops


def _clients(rng: random.Random, capacity: int) -> list[tuple[str, float, int]]:
    """Clients arriving one after the other (never two at the same instant: the event
    loop's order for simultaneous timers is not part of the contract)."""
    clients = []
    arrival = gen.pick(rng, (0.0, 0.0625))
    for name in ["a", "b", "c", "d", "e"][: rng.randint(2, 5)]:
        clients.append((name, arrival, rng.randint(1, capacity)))
        arrival += gen.pick(rng, (0.0625, 0.125, 0.25, 0.375))
    return clients


def cases(rng: random.Random) -> Iterator[Case]:
    """About 80 cases per seed."""
    for rate, capacity, word in ((0, 1, "rate"), (-1, 2, "rate"), (-0.5, 3, "rate"),
                                 (1, 0, "capacity"), (4, -3, "capacity")):  # fmt: skip
        yield Case.probe(construct, rate, capacity, task=1, message=word, group="construct")
    for _ in range(25):
        capacity = rng.randint(1, 5)
        yield Case.probe(bucket_ops, gen.pick(rng, RATES), capacity, _ops(rng, capacity), task=1)
    for _ in range(20):
        capacity = rng.randint(1, 5)
        taken, idle = rng.randint(0, capacity), gen.pick(rng, (0, 0.0625, 0.125, 0.25, 1))
        tokens = rng.randint(1, capacity) if gen.chance(rng, 0.85) else capacity + 1
        rate = gen.pick(rng, RATES)
        yield Case.probe(one_waiter, rate, capacity, taken, idle, tokens, task=2)
    for _ in range(30):
        capacity = rng.randint(1, 4)
        clients = _clients(rng, capacity)
        cancels = [(name, gen.pick(rng, CANCEL_AT)) for name, *_ in clients if gen.chance(rng, 0.2)]
        yield Case.probe(many_waiters, gen.pick(rng, RATES), capacity, clients, cancels, task=2)
