"""Registration by ``register(cls, function)`` calls on named functions instead of
decorators, one handler per type, enum members unwrapped in a shared helper, ``datetime``
checked inside the ``date`` handler, and sets sorted as ``(item, converted)`` pairs."""

import math
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import singledispatch, singledispatchmethod
from typing import Any
from uuid import UUID

JSONValue = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


@singledispatch
def to_jsonable(value: object) -> JSONValue:
    """Convert a domain value into something ``json.dumps`` accepts."""
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _unwrap(value: Any) -> Any:
    return to_jsonable(value.value) if isinstance(value, Enum) else value


def _plain(value: object) -> JSONValue:
    return _unwrap(value)  # type: ignore[no-any-return]


def _float(value: float) -> JSONValue:
    if isinstance(value, Enum):
        return _unwrap(value)  # type: ignore[no-any-return]
    if math.isnan(value) or math.isinf(value):
        raise ValueError("NaN and infinities are not JSON")
    return value


def _date(value: date) -> JSONValue:
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError("a datetime needs a timezone")
    if isinstance(value, datetime) and value.tzinfo.utcoffset(value) is None:
        raise ValueError("a datetime needs a timezone")
    return value.isoformat()


def _as_list(value: list[Any] | tuple[Any, ...]) -> JSONValue:
    return list(map(to_jsonable, value))


def _as_sorted_list(value: set[Any] | frozenset[Any]) -> JSONValue:
    pairs = sorted(((item, to_jsonable(item)) for item in value), key=lambda pair: pair[0])
    return [converted for _, converted in pairs]


def _as_dict(value: dict[Any, Any]) -> JSONValue:
    if any(not isinstance(key, str) for key in value):
        raise TypeError("JSON object keys must be strings")
    return {key: to_jsonable(item) for key, item in value.items()}


for _type in (type(None), bool, int, str):
    to_jsonable.register(_type, _plain)
to_jsonable.register(float, _float)
to_jsonable.register(Decimal, str)
to_jsonable.register(date, _date)
to_jsonable.register(UUID, str)
to_jsonable.register(Enum, _unwrap)
to_jsonable.register(list, _as_list)
to_jsonable.register(tuple, _as_list)
to_jsonable.register(set, _as_sorted_list)
to_jsonable.register(frozenset, _as_sorted_list)
to_jsonable.register(dict, _as_dict)


class AuditFormatter:
    """Formats heterogeneous audit events as single log lines."""

    def __init__(self, service: str) -> None:
        self.prefix = f"[{service}]"

    @singledispatchmethod
    def describe(self, event: object) -> str:
        """One line describing ``event``; unknown types raise ``TypeError``."""
        raise TypeError(f"no audit format for {type(event).__name__}")

    @describe.register(str)
    def _note(self, event: str) -> str:
        return f"{self.prefix} note: {event}"

    @describe.register(int)
    def _status(self, event: int) -> str:
        return f"{self.prefix} status {event}"

    @describe.register(Exception)
    def _error(self, event: Exception) -> str:
        return f"{self.prefix} error {event.__class__.__name__}: {event}"
