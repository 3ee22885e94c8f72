"""Sealed cases for validated-record-fields.

Record classes are built in the probes from plain specs (field kinds and bounds), sometimes
subclassed; values include ``IntEnum`` members and other ``int`` subclasses, ``False`` and
``0.0``, huge integers, decimals and fractions, strings with combining accents, composed
emoji, NBSP and tabs. After every step the probe observes what came back (errors with
their exact messages) and the instance ``__dict__``. ``lazy`` is driven through reads,
assignments and deletions, with results that are ``None`` or falsy and a function that fails
the first time.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from enum import IntEnum
from fractions import Fraction
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "validated_record_fields"

STRINGS = ("ab", "abcdefgh", "é", "e\u0301", "日本語", "👩\u200d💻", "a\tb", "\u00a0x", "", "q" * 9,
           "Straße", "🇫🇷🇫🇷", " ab", "ab\n", "\tq")  # fmt: skip


class _Count(int):
    """An ``int`` subclass that is not an enum."""


def _value(spec: Any) -> Any:
    """Values that cannot travel as plain data are described: ``["IntEnum", n]``,
    ``["int subclass", n]``, ``["str subclass", text]``."""
    if isinstance(spec, list) and spec and spec[0] == "IntEnum":
        return IntEnum("Level", {"LOW": 1, "HIGH": spec[1]})["HIGH"]
    if isinstance(spec, list) and spec and spec[0] == "int subclass":
        return _Count(spec[1])
    if isinstance(spec, list) and spec and spec[0] == "str subclass":
        return type("Label", (str,), {})(spec[1])
    return spec


def _record_class(solution, fields, subclass):  # type: ignore[no-untyped-def]
    namespace: dict[str, Any] = {}
    for name, kind, bounds in fields:
        if kind == "int":
            namespace[name] = solution.PositiveInt()
        else:
            namespace[name] = solution.BoundedStr(bounds[1], min_length=bounds[0])
    record = type("Job", (), namespace)
    return type("NightlyJob", (record,), {}) if subclass else record


def _message(outcome):  # type: ignore[no-untyped-def]
    """What a step did; an error with its exact message (the instructions fix them all)."""
    return outcome if outcome.returned else (outcome, str(outcome.exception))


def fields(solution, specs, subclass, steps):  # type: ignore[no-untyped-def]
    """Steps ``("set", field, value)``/``("get", field)`` on one record; after each, what it
    did and the instance ``__dict__``."""
    cls = _record_class(solution, specs, subclass)
    record = cls()
    seen = []
    for step in steps:
        if step[0] == "set":
            outcome = observe(setattr, record, step[1], _value(step[2]))
        else:
            outcome = observe(getattr, record, step[1])
        seen.append((step, _message(outcome), dict(vars(record))))
    return seen


def class_access(solution, specs):  # type: ignore[no-untyped-def]
    """Each field read on the class: the descriptor itself, with its name and bounds."""
    cls = _record_class(solution, specs, False)
    found = []
    for name, kind, _ in specs:
        descriptor = getattr(cls, name)
        same = descriptor is vars(cls)[name]
        bounds = (descriptor.min_length, descriptor.max_length) if kind == "str" else None
        found.append((name, same, descriptor.name, bounds))
    return found


def bounded_str(solution, max_length, min_length):  # type: ignore[no-untyped-def]
    """The constructor's validation."""
    made = solution.BoundedStr(max_length, min_length=min_length)
    return (made.min_length, made.max_length)


def lazy_steps(solution, results, fails_first, steps):  # type: ignore[no-untyped-def]
    """A ``lazy`` attribute whose n-th computation returns ``results[n]`` (the first one
    raising when ``fails_first``); steps ``get``/``set``/``del`` and what each did."""
    calls: list[int] = []

    def summary(self: Any) -> Any:
        """A costly summary."""
        calls.append(len(calls))
        if fails_first and len(calls) == 1:
            raise ConnectionError("warehouse unavailable")
        return results[min(len(calls) - 1, len(results) - 1)]

    report_class = type("Report", (), {"summary": solution.lazy(summary)})
    report = report_class()
    seen = []
    for step in steps:
        if step[0] == "get":
            outcome = observe(getattr, report, "summary")
        elif step[0] == "set":
            outcome = observe(setattr, report, "summary", step[1])
        else:
            outcome = observe(delattr, report, "summary")
        seen.append((step[0], outcome, len(calls), dict(vars(report))))
    return seen


def _int_value(rng: random.Random) -> Any:
    return gen.pick(rng, (
        1, 3, 10**30, 0, -1, -7, True, False, 2.0, 0.0, -2.5, "3", None, Decimal("2"),
        Fraction(4, 2), ["IntEnum", 5], ["int subclass", 9], ["int subclass", -3],
    ))  # fmt: skip


def _str_value(rng: random.Random) -> Any:
    if gen.chance(rng, 0.15):
        return gen.pick(rng, (b"abc", 3, None, ["str subclass", "abc"], ["str subclass", ""]))
    return gen.pick(rng, STRINGS)


def _specs(rng: random.Random) -> list[tuple[str, str, tuple[int, int] | None]]:
    specs: list[tuple[str, str, tuple[int, int] | None]] = []
    for name in gen.some(rng, ("retries", "workers", "queue", "label", "owner"), rng.randint(1, 4)):
        if gen.chance(rng, 0.5):
            specs.append((name, "int", None))
        else:
            low = gen.pick(rng, (0, 1, 2, 3))
            specs.append((name, "str", (low, low + gen.pick(rng, (0, 1, 3, 7)))))
    return specs


def _steps(rng: random.Random, specs: list[Any]) -> list[Any]:
    steps: list[Any] = []
    for _ in range(rng.randint(2, 10)):
        name, kind, _ = gen.pick(rng, specs)
        if gen.chance(rng, 0.3):
            steps.append(("get", name))
        else:
            steps.append(("set", name, _int_value(rng) if kind == "int" else _str_value(rng)))
    return steps


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    for task in (1, 2):
        for _ in range(25):
            specs = _specs(rng)
            if task == 1:
                specs = [(n, "int", None) for n, _, _ in specs]
            yield Case.probe(fields, specs, gen.chance(rng, 0.3), _steps(rng, specs), task=task)
    yield Case.probe(class_access, _specs(rng), task=1)
    steps = [("set", "retries", False), ("set", "retries", 0.0), ("set", "retries", 2),
             ("set", "retries", False), ("get", "retries")]  # fmt: skip
    yield Case.probe(fields, [("retries", "int", None)], False, steps, task=1)
    padded = [("set", "queue", text) for text in (" ab", "ab ", "\u00a0x", "\tq\n", "  ")]
    for low, high in ((2, 2), (1, 1), (3, 4)):
        yield Case.probe(fields, [("queue", "str", (low, high))], False, padded, task=2)
    for results in ([None, "x"], ["ready", "again"]):
        steps = [("get", None), ("get", None), ("del", None), ("get", None)]
        yield Case.probe(lazy_steps, results, True, steps, task=3)
    group = "BoundedStr: its own bounds"
    for max_length, min_length in ((5, -1), (2, 3), (0, 1), (3, 3), (0, 0), (10**6, 0)):
        message = "min_length" if min_length < 0 else "max_length"
        yield Case.probe(bounded_str, max_length, min_length, task=2, group=group, message=message)
    for _ in range(25):
        results = [gen.pick(rng, (None, 0, "", "emails.r3", [1, 2], 42)) for _ in range(3)]
        steps = [(gen.pick(rng, ("get", "get", "set", "del")), gen.pick(rng, ("override", None)))
                 for _ in range(rng.randint(2, 8))]  # fmt: skip
        yield Case.probe(lazy_steps, results, gen.chance(rng, 0.3), steps, task=3)
