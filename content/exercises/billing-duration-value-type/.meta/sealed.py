"""Sealed cases for billing-duration-value-type.

Durations from zero to far beyond what a ``float`` holds exactly, on every unit boundary;
format specs that ``str.format`` would accept (``">12"``, ``"^20"``); every operator with
durations and with foreign operands on both sides (``False``, ``0.0``, ``True``, big ints,
strings, ``None``), ``duration + 0`` included. A ``Duration`` result is observed as its
milliseconds; an error by its class, with the text the instructions fix.
"""

from __future__ import annotations

import operator
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "billing_duration_value_type"

EDGES = (0, 1, 7, 999, 1000, 59_999, 60_000, 60_001, 3_599_999, 3_600_000, 3_723_004,
         86_399_999, 90_000_000, 10**13 + 5, 2**53 + 1, 10**20 + 999)  # fmt: skip
SPECS = ("", "ms", "s", "h", "MS", " s", ">12", "^20", "d", "ms ", "S")
FOREIGN = (0, False, True, 0.0, 5, -3, 1.5, "1s", None, 10**30)
OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
             "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
             "==": operator.eq, "!=": operator.ne}  # fmt: skip


def _ms(rng: random.Random) -> int:
    if gen.chance(rng, 0.4):
        return gen.pick(rng, EDGES)
    return rng.randint(0, gen.pick(rng, (1000, 60_000, 3_600_000, 10**9)))


def _seen(solution, value):  # type: ignore[no-untyped-def]
    return ("Duration", value.ms) if isinstance(value, solution.Duration) else value


def _operand(solution, spec):  # type: ignore[no-untyped-def]
    """``["D", ms]`` is a duration; anything else is passed as it is."""
    if isinstance(spec, list) and spec[:1] == ["D"]:
        return solution.Duration(spec[1])
    return spec


def construct(solution, value):  # type: ignore[no-untyped-def]
    """The new duration, or the error: a ``TypeError`` with its exact message, a
    ``ValueError`` by whether it mentions ``negative``."""
    outcome = observe(solution.Duration, value)
    if outcome.returned:
        return _seen(solution, outcome.value)
    if isinstance(outcome.exception, TypeError):
        return (outcome, str(outcome.exception))
    return (outcome, "negative" in str(outcome.exception))


def show(solution, ms, specs):  # type: ignore[no-untyped-def]
    """``str``, ``repr`` and ``format`` with each spec (unknown specs: the exact message)."""
    duration = solution.Duration(ms)
    formatted = []
    for spec in specs:
        outcome = observe(format, duration, spec)
        formatted.append(outcome if outcome.returned else (outcome, str(outcome.exception)))
    return {"str": str(duration), "repr": repr(duration), "format": formatted}


def binary(solution, left, symbol, right):  # type: ignore[no-untyped-def]
    """``left <symbol> right``, either side a duration or a foreign value."""
    message = {"-": "cannot subtract", "*": "negative"}.get(symbol, False)
    outcome = observe(OPERATORS[symbol], _operand(solution, left), _operand(solution, right),
                      message=message)  # fmt: skip
    return _seen(solution, outcome.value) if outcome.returned else outcome


def totals(solution, values, start):  # type: ignore[no-untyped-def]
    """``sum`` of durations (with ``start`` when given) and the sorted order."""
    durations = [solution.Duration(ms) for ms in values]
    args = () if start is None else (_operand(solution, start),)
    total = observe(lambda: _seen(solution, sum(durations, *args)))
    ordered = observe(lambda: [d.ms for d in sorted(durations)])
    return {"sum": total, "sorted": ordered, "max": max(durations).ms if durations else None}


def identity(solution, values):  # type: ignore[no-untyped-def]
    """Equality, hashing and truthiness across durations built separately."""
    first = [solution.Duration(ms) for ms in values]
    second = [solution.Duration(ms) for ms in values]
    return {
        "distinct": len(set(first) | set(second)),
        "lookups": [{d: d.ms for d in first}.get(d) for d in second],
        "truthy": [bool(d) for d in first],
        "equal to its ms": [d == d.ms for d in first],
    }


def read_only(solution, ms, attribute):  # type: ignore[no-untyped-def]
    duration = solution.Duration(ms)
    return {"assign": observe(setattr, duration, attribute, 5), "ms after": duration.ms,
            "has __dict__": hasattr(duration, "__dict__")}  # fmt: skip


def _task1(rng: random.Random) -> Iterator[Case]:
    for value in (0, 1, 10**20, -1, -(10**9), 1.0, True, False, "10", None, 2.5):
        yield Case.probe(construct, value, task=1)
    for ms in EDGES:
        yield Case.probe(show, ms, ["s", *gen.some(rng, SPECS, 3)], task=1)
    for _ in range(15):
        yield Case.probe(show, _ms(rng), gen.some(rng, SPECS, 3), task=1)
    for attribute in ("ms", "label", "seconds"):
        yield Case.probe(read_only, _ms(rng), attribute, task=1)


def _task2(rng: random.Random) -> Iterator[Case]:
    for _ in range(10):
        values = [_ms(rng) for _ in range(rng.randint(0, 6))]
        values += gen.some(rng, values)
        yield Case.probe(identity, values, task=2)
    for _ in range(20):
        symbol = gen.pick(rng, ("<", "<=", ">", ">=", "==", "!="))
        left = ["D", _ms(rng)]
        right: Any = ["D", gen.pick(rng, (left[1], _ms(rng)))]
        if gen.chance(rng, 0.3):
            right = gen.pick(rng, FOREIGN)
        if gen.chance(rng, 0.5):
            left, right = right, left
        yield Case.probe(binary, left, symbol, right, task=2)


def _task3(rng: random.Random) -> Iterator[Case]:
    for _ in range(10):
        values = [_ms(rng) for _ in range(gen.size(rng, large=30))]
        start = gen.pick(rng, (None, None, ["D", 0], ["D", 250], 0, False, 0.0))
        yield Case.probe(totals, values, start, task=3)
    for _ in range(40):
        symbol = gen.pick(rng, ("+", "-", "*", "/"))
        left: Any = ["D", _ms(rng)]
        if symbol == "*":
            right: Any = gen.pick(rng, (0, 1, 3, -1, -2, 10**12, True, False, 1.5, "2", ["D", 2]))
        else:
            right = ["D", gen.pick(rng, (0, left[1], _ms(rng)))]
            if gen.chance(rng, 0.25):
                right = gen.pick(rng, FOREIGN)
        if gen.chance(rng, 0.4):
            left, right = right, left
        yield Case.probe(binary, left, symbol, right, task=3)
    for foreign in (0, False, True, 0.0, 5):  # sum()'s start, and what is not
        yield Case.probe(binary, foreign, "+", ["D", 42], task=3)
    for foreign in (0, False, 0.0, 5):  # on the right: only __radd__ makes sum()'s exception
        yield Case.probe(binary, ["D", 42], "+", foreign, task=3)
        yield Case.probe(binary, ["D", 42], "-", foreign, task=3)
    for factor in (True, False, 2, 1.5):  # the factor on the left
        yield Case.probe(binary, factor, "*", ["D", _ms(rng)], task=3)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed."""
    yield from _task1(rng)
    yield from _task2(rng)
    yield from _task3(rng)
