"""Sealed cases for domain-value-serializer.

Decimals with exponents and trailing zeros, dates before year 1000, aware datetimes with
microseconds, half-hour and odd-minute offsets and DST zones, the standard library's
``IntEnum`` and ``StrEnum`` members (and enums built in the probes), sets of decimals and
datetimes whose converted text sorts differently, dict and tuple subclasses, and nested
values with exactly one fault each (so which error wins is never in question). Audit events
include exceptions without arguments, with several, ``OSError`` and non-``Exception``
``BaseException``s.
"""

from __future__ import annotations

import builtins
import random
import uuid
from collections import Counter, OrderedDict, UserDict, defaultdict, namedtuple
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum, IntEnum, StrEnum
from fractions import Fraction
from http import HTTPMethod, HTTPStatus
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "domain_value_serializer"

DECIMALS = ("19.990", "1E+2", "2.5E-3", "-0.00", "0", "1.10", "123456789.000001", "-7", "1E-8",
            "9.99", "10.5", "100", "0.1")  # fmt: skip
FLOATS = (2.5, -0.0, 0.1, 1e300, -3.75, 1e-7)
BAD_FLOATS = (float("nan"), float("inf"), float("-inf"))
ENUMS = (HTTPStatus.OK, HTTPStatus.NOT_FOUND, HTTPMethod.GET, HTTPMethod.PATCH)
UNKNOWN = (b"bytes", bytearray(b"x"), 3j, Fraction(1, 3), timedelta(hours=1), time(12, 30))
START, END = datetime(1900, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)


def _date(rng: random.Random) -> date:
    if gen.chance(rng, 0.3):
        return date(gen.pick(rng, (1, 5, 42, 999, 1000, 9999)), rng.randint(1, 12), 1)
    return gen.aware_datetime(rng, start=START, end=END).date()


def _aware(rng: random.Random) -> datetime:
    return gen.aware_datetime(rng, start=START, end=END, zones="mixed")


def _scalar(rng: random.Random) -> Any:
    roll = rng.randrange(9)
    if roll == 0:
        return gen.pick(rng, (None, True, False, 0, -1, 2**70, "", gen.text(rng)))
    if roll == 1:
        return gen.pick(rng, FLOATS)
    if roll in (2, 3):
        return Decimal(gen.pick(rng, DECIMALS))
    if roll == 4:
        return _date(rng)
    if roll in (5, 6):
        return _aware(rng)
    if roll == 7:
        return uuid.UUID(int=rng.getrandbits(128))
    return gen.pick(rng, ENUMS)


def _value(rng: random.Random, depth: int = 0) -> Any:
    """A scalar or a container of values, up to three levels deep."""
    roll = rng.random() if depth < 3 else 0.0
    if roll < 0.5:
        return _scalar(rng)
    items = [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if roll < 0.65:
        return items
    if roll < 0.75:
        return tuple(items)
    if roll < 0.85:
        return _homogeneous_set(rng)
    return {f"{gen.word(rng)}{index}": item for index, item in enumerate(items)}


def _homogeneous_set(rng: random.Random) -> set[Any] | frozenset[Any]:
    """A set whose items sort among themselves, often differently from their text."""
    near = gen.aware_datetime(rng, start=START, end=END)
    make = gen.pick(rng, (
        lambda: Decimal(gen.pick(rng, DECIMALS)),
        lambda: Decimal(gen.pick(rng, ("9", "10", "-2", "-10", "0.5", "100.25"))),
        lambda: _aware(rng),
        lambda: (near + timedelta(minutes=rng.randint(0, 600))).astimezone(gen.fixed_zone(rng)),
        lambda: _date(rng),
        lambda: rng.randint(-20, 120),
        lambda: uuid.UUID(int=rng.getrandbits(128)),
        lambda: (rng.randint(0, 3), gen.word(rng, ascii_only=True)),
    ))  # fmt: skip
    items = {make() for _ in range(rng.randint(0, 6))}
    return frozenset(items) if gen.chance(rng, 0.3) else items


def _with_fault(rng: random.Random, fault: Any) -> Any:
    """``fault`` hidden at a random place of a fault-free container."""
    value = _value(rng, 1)
    container: Any = [value, fault] if gen.chance(rng, 0.5) else {"ok": value, "bad": fault}
    for _ in range(rng.randint(0, 2)):
        container = gen.pick(rng, (lambda c: [c], lambda c: (1, c), lambda c: {"x": c}))(container)
    return container


def enum_member(solution, kind, members, chosen, nested):  # type: ignore[no-untyped-def]
    """A member of an ``Enum``/``IntEnum``/``StrEnum`` or of an enum mixed with ``int`` or
    ``float``, built here from ``members``."""
    if kind == "float":
        cls = Enum("Rate", members, type=float)
    elif kind == "int":
        cls = Enum("Code", members, type=int)
    else:
        cls = {"Enum": Enum, "IntEnum": IntEnum, "StrEnum": StrEnum}[kind]("Plan", members)
    member = cls[chosen]
    return solution.to_jsonable([member, {"plan": member}] if nested else member)


def subclass(solution, kind, data):  # type: ignore[no-untyped-def]
    """Containers of the standard library that subclass (or do not subclass) the builtins."""
    if kind == "OrderedDict":
        value: Any = OrderedDict(data)
    elif kind == "defaultdict":
        value = defaultdict(list, data)
    elif kind == "Counter":
        value = Counter(dict(data))
    elif kind == "namedtuple":
        value = namedtuple("Line", ["sku", "amount"])(*data)
    else:
        value = UserDict(data)
    return solution.to_jsonable(value)


def _event(spec: list[Any]) -> Any:
    kind, *rest = spec
    if kind == "exception":
        name, args = rest
        return getattr(builtins, name)(*args)
    if kind == "custom":

        class PaymentDeclined(ValueError):
            pass

        return PaymentDeclined(*rest[0])
    return rest[0]


def describe(solution, service, other_service, specs):  # type: ignore[no-untyped-def]
    """Events described by a formatter made before another one of another service."""
    formatter = solution.AuditFormatter(service)
    solution.AuditFormatter(other_service)
    return [observe(formatter.describe, _event(spec), message=True) for spec in specs]


def _event_spec(rng: random.Random) -> list[Any]:
    roll = rng.randrange(8)
    if roll == 0:
        return ["value", gen.text(rng)]
    if roll == 1:
        return ["value", gen.pick(rng, (0, 200, 404, -1, 10**20))]
    if roll in (2, 3):
        name, args = gen.pick(rng, (
            ("KeyError", ["acct-9"]), ("ValueError", []), ("ValueError", ["bad", 3]),
            ("OSError", [2, "No such file"]), ("RuntimeError", [gen.text(rng)]),
            ("TimeoutError", ["upstream"]), ("PermissionError", ["denied"]),
        ))  # fmt: skip
        return ["exception", name, args]
    if roll == 4:
        return ["custom", [gen.word(rng)]]
    if roll == 5:
        return [
            "exception",
            gen.pick(rng, ("KeyboardInterrupt", "SystemExit", "GeneratorExit")),
            [],
        ]
    return ["value", gen.pick(rng, (1.5, None, [1], b"x", Decimal("2.50"), ("a",)))]


def _scalar_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(50):
        yield Case.call("to_jsonable", _scalar(rng), task=1, group="to_jsonable: scalars")
    group = "to_jsonable: exact forms"
    for text in ("1E+2", "1E-8", "2.5E-3", *gen.some(rng, DECIMALS, 4)):
        yield Case.call("to_jsonable", Decimal(text), task=1, group=group)
    for year in gen.some(rng, (1, 5, 42, 999, 1000, 9999), 4):
        yield Case.call("to_jsonable", date(year, rng.randint(1, 12), 28), task=1, group=group)
    for value in BAD_FLOATS:
        yield Case.call("to_jsonable", value, task=1, group="to_jsonable: not JSON")
    for _ in range(4):
        naive = gen.naive_datetime(rng, start=START, end=END)
        yield Case.call(
            "to_jsonable", naive, task=1, group="to_jsonable: not JSON", message="timezone"
        )
    for value in UNKNOWN:
        yield Case.call("to_jsonable", value, task=1, group="to_jsonable: not JSON", message=True)
    members = {"FREE": "free", "PRO": "pro", "TEAM": "team"}
    amounts = {"CENTS": Decimal("0.01"), "PAIR": (1, Decimal("2.0"))}
    tables = (("Enum", members), ("StrEnum", members), ("IntEnum", {"A": 1, "B": 20}),
              ("Enum", amounts), ("int", {"OK": 200, "GONE": 410}),
              ("float", {"LOW": 0.1, "HIGH": 2.5}))  # fmt: skip
    for kind, table in tables:
        for chosen in table:
            yield Case.probe(enum_member, kind, table, chosen, gen.chance(rng, 0.5), task=1)


def _container_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        yield Case.call("to_jsonable", _value(rng, 1), task=2, group="to_jsonable: containers")
    for _ in range(15):
        yield Case.call("to_jsonable", _homogeneous_set(rng), task=2, group="to_jsonable: sets")
    near = gen.aware_datetime(rng, start=START, end=END)
    for _ in range(4):
        low, high = gen.pick(rng, ("9", "9.99", "-1")), gen.pick(rng, ("100", "2", "1E+1"))
        amounts = {Decimal(low), Decimal("10.5"), Decimal(high)}
        yield Case.call("to_jsonable", amounts, task=2, group="to_jsonable: sets")
        moments = {
            (near + timedelta(minutes=m)).astimezone(gen.fixed_zone(rng)) for m in (0, 90, 200)
        }
        yield Case.call("to_jsonable", moments, task=2, group="to_jsonable: sets")
    data = [("b", Decimal("1.50")), ("a", [date(2024, 2, 29)])]
    for kind in ("OrderedDict", "defaultdict", "Counter"):
        yield Case.probe(
            subclass, kind, data if kind != "Counter" else [("b", 2), ("a", 1)], task=2
        )
    yield Case.probe(subclass, "namedtuple", ["sku-1", Decimal("9.99")], task=2)
    yield Case.probe(subclass, "UserDict", data, task=2, message=True)
    group = "to_jsonable: one fault inside"
    for _ in range(12):
        fault = gen.pick(rng, (*BAD_FLOATS, gen.naive_datetime(rng, start=START, end=END)))
        yield Case.call("to_jsonable", _with_fault(rng, fault), task=2, group=group)
    for _ in range(8):
        yield Case.call("to_jsonable", _with_fault(rng, gen.pick(rng, UNKNOWN)), task=2,
                        group=group, message=True)  # fmt: skip
    for _ in range(8):
        key = gen.pick(rng, (1, 2.5, None, ("a",), True, Decimal("1")))
        bad = {"fine": _value(rng, 2), key: "value"}
        yield Case.call("to_jsonable", _with_fault(rng, bad), task=2, group=group, message="keys")


def _audit_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        service = gen.pick(rng, ("billing", "auth", "[edge]", "paiement-é", "支付", ""))
        specs = [_event_spec(rng) for _ in range(rng.randint(1, 6))]
        yield Case.probe(describe, service, "other", specs, task=3)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    yield from _scalar_cases(rng)
    yield from _container_cases(rng)
    yield from _audit_cases(rng)
