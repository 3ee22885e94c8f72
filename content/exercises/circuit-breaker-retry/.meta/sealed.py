"""Sealed cases for circuit-breaker-retry.

The breaker's clock is a fake the probe moves: between calls, and during a slow call (a
timeout that takes seconds), always by multiples of 1/64 s, so every difference is exact
and ``retry_after`` can be formatted without a rounding accident; exact ties at the
second decimal (2.25 s) are included, because the instructions fix the format. Retries
see subclasses of the transient errors, their parents (``OSError`` is not a
``ConnectionError``), permanent errors after transient ones, and a decorated function
called twice. ``BaseException``s are kept out: the instructions leave open whether they
count as failures.
"""

from __future__ import annotations

import builtins
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "circuit_breaker_retry"

TRANSIENT = ("ConnectionError", "ConnectionResetError", "BrokenPipeError", "TimeoutError",
             "ConnectionRefusedError")  # fmt: skip
PERMANENT = ("ValueError", "KeyError", "OSError", "RuntimeError", "PermissionError")
STEPS = (0.015625, 0.25, 0.75, 1.0, 2.25, 4.5, 9.984375, 15.5, 29.984375, 30.0, 45.0)


def _error(name: str, message: str) -> BaseException:
    error: BaseException = getattr(builtins, name)(message)
    return error


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _state(breaker: Any) -> str:
    state = breaker.state
    return str(getattr(state, "name", state))


def breaker_ops(solution, threshold, timeout, ops):  # type: ignore[no-untyped-def]
    """``ops`` on a fresh breaker: ``("ok", value)``, ``("fail", class, seconds)`` (a call
    raising after the clock moved ``seconds``), ``("advance", seconds)``, ``("look",)``.
    Each call's outcome (with ``retry_after`` when the circuit is open) and whether the
    function ran; each look's state and failure count."""
    clock = Clock()
    breaker = solution.CircuitBreaker(failure_threshold=threshold, reset_timeout=timeout,
                                      clock=clock)  # fmt: skip
    seen: list[Any] = []
    for number, op in enumerate(ops):
        if op[0] == "advance":
            clock.now += op[1]
            continue
        if op[0] == "look":
            seen.append(("look", _state(breaker), breaker.failures))
            continue
        ran: list[bool] = []

        def dependency(
            op: tuple[Any, ...] = op, ran: list[bool] = ran, number: int = number
        ) -> Any:
            ran.append(True)
            if op[0] == "ok":
                return op[1]
            clock.now += op[2]
            raise _error(op[1], f"call {number} failed")

        outcome = observe(breaker.call, dependency, errors=("CircuitOpenError",), message=True)
        retry_after = getattr(outcome.exception, "retry_after", None)
        seen.append(("call", outcome, bool(ran), retry_after))
    return seen


def bad_breaker(solution, **arguments):  # type: ignore[no-untyped-def]
    return observe(solution.CircuitBreaker, clock=Clock(), **arguments)


def retried(solution, options, script, runs=1):  # type: ignore[no-untyped-def]
    """A function failing with ``script`` (class names; ``"ok"`` returns), decorated by
    ``retry_policy(**options)`` and called ``runs`` times: each run's outcome, the attempts
    made and the sleeps asked for."""
    sleeps: list[float] = []
    calls: list[tuple[Any, ...]] = []
    plan = list(script)
    if "retry_on" in options:
        options = {**options, "retry_on": tuple(getattr(builtins, n) for n in options["retry_on"])}
    policy = observe(solution.retry_policy, sleep=sleeps.append, **options)
    if not policy.returned:
        return {"policy": policy}

    def fetch(order: int, *, currency: str = "EUR") -> str:
        calls.append((order, currency))
        step = plan.pop(0) if plan else "ok"
        if step != "ok":
            raise _error(step, f"attempt {len(calls)}")
        return f"score for {order} in {currency}"

    decorated = policy.value(fetch)
    seen = []
    for run in range(runs):
        sleeps.clear()
        calls.clear()
        outcome = observe(decorated, 7 + run, currency="ünï", message=True)
        seen.append({"outcome": outcome, "attempts": len(calls), "sleeps": list(sleeps)})
    return seen


def guarded(solution, threshold, timeout, attempts, script, gaps):  # type: ignore[no-untyped-def]
    """Retries around a breaker: ``fetch()`` is called once per gap, the clock moving by
    the gap first (and 1/64 s per sleep). What each fetch ended with, how many times the
    dependency ran, the sleeps, and the final state."""
    clock = Clock()
    sleeps: list[float] = []
    ran = [0]
    plan = list(script)

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.now += 0.015625

    breaker = solution.CircuitBreaker(failure_threshold=threshold, reset_timeout=timeout,
                                      clock=clock)  # fmt: skip

    def dependency() -> str:
        ran[0] += 1
        step = plan.pop(0) if plan else "ok"
        if step != "ok":
            raise _error(step, f"dependency call {ran[0]}")
        return "fraud score 0.12"

    policy = solution.retry_policy(attempts=attempts, sleep=sleep)
    fetch = policy(lambda: breaker.call(dependency))
    seen = []
    for gap in gaps:
        clock.now += gap
        outcome = observe(fetch, errors=("CircuitOpenError",), message=True)
        seen.append((outcome, ran[0], list(sleeps), _state(breaker)))
        sleeps.clear()
    return seen


def _breaker_ops(rng: random.Random) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(3, 24)):
        roll = rng.random()
        if roll < 0.45:
            seconds = gen.pick(rng, (0.0, 0.0, 0.5, 5.0, 2.25))
            ops.append(("fail", gen.pick(rng, TRANSIENT + PERMANENT), seconds))
        elif roll < 0.65:
            ops.append(("ok", gen.pick(rng, (42, "pong", None, 0, "", 2.5))))
        elif roll < 0.85:
            ops.append(("advance", gen.pick(rng, STEPS)))
        else:
            ops.append(("look",))
    return ops


def _retry_options(rng: random.Random) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if gen.chance(rng, 0.6):
        options["attempts"] = gen.pick(rng, (1, 2, 3, 5, 8))
    if gen.chance(rng, 0.5):
        options["base_delay"] = gen.pick(rng, (0.0, 0.1, 0.25, 0.3, 1.0, 2.5))
    if gen.chance(rng, 0.5):
        options["max_delay"] = gen.pick(rng, (0.2, 1.0, 3.0, 8.0, 60.0))
    if gen.chance(rng, 0.3):
        options["retry_on"] = gen.pick(rng, (("OSError",), ("KeyError", "ValueError"),
                                             ("ConnectionResetError",)))  # fmt: skip
    return options


def cases(rng: random.Random) -> Iterator[Case]:
    """About 80 cases per seed."""
    for arguments in ({"failure_threshold": 0}, {"failure_threshold": -2},
                      {"reset_timeout": 0}, {"reset_timeout": -1.5}):  # fmt: skip
        yield Case.probe(bad_breaker, task=1, **arguments)
    for _ in range(30):
        threshold = gen.pick(rng, (1, 1, 2, 3, 5))
        timeout = gen.pick(rng, (0.5, 5.0, 10.0, 30.0))
        yield Case.probe(breaker_ops, threshold, timeout, _breaker_ops(rng), task=1)
    yield Case.probe(retried, {"attempts": 0}, [], task=2)
    yield Case.probe(retried, {"attempts": -3}, [], task=2)
    for _ in range(30):
        options = _retry_options(rng)
        script = [gen.pick(rng, TRANSIENT) for _ in range(rng.randint(0, 9))]
        if gen.chance(rng, 0.3):
            script.insert(rng.randint(0, len(script)), gen.pick(rng, PERMANENT))
        yield Case.probe(retried, options, script, runs=gen.pick(rng, (1, 2, 2)), task=2)
    for _ in range(12):
        threshold = gen.pick(rng, (1, 2, 3))
        timeout = gen.pick(rng, (5.0, 30.0))
        script = [gen.pick(rng, (*TRANSIENT, "ok", "ValueError")) for _ in range(12)]
        gaps = [
            gen.pick(rng, (0.0, 1.0, 4.984375, 5.0, 30.0, 31.0)) for _ in range(rng.randint(1, 5))
        ]
        yield Case.probe(guarded, threshold, timeout, rng.randint(1, 5), script, gaps, task=3)
