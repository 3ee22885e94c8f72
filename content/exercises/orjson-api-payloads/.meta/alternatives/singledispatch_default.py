"""API payloads with orjson, the ``default`` hook written with functools.singledispatch,
the order decoded through a table of converters, and NDJSON joined by hand."""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import orjson


class Status(enum.Enum):
    """Where an order is in its life."""

    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"


@dataclass(frozen=True)
class Order:
    """An order as the API exchanges it."""

    order_id: UUID
    customer: str
    placed_at: dt.datetime
    total: decimal.Decimal
    status: Status
    tags: frozenset[str]


@functools.singledispatch
def _default(value: object) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


@_default.register
def _(value: decimal.Decimal) -> str:
    return str(value)


@_default.register
def _(value: dt.date) -> str:
    return value.isoformat()


@_default.register
def _(value: dt.datetime) -> str:
    offset = value.utcoffset()
    if offset is None:
        raise TypeError("naive datetimes are not allowed")
    utc = (value.replace(tzinfo=None) - offset).replace(
        microsecond=value.microsecond // 1000 * 1000
    )
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


@_default.register(set)
@_default.register(frozenset)
def _(value: set[Any] | frozenset[Any]) -> list[Any]:
    return sorted(value)


@_default.register
def _(value: bytes) -> str:
    return base64.b64encode(value).decode()


_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_NON_STR_KEYS | orjson.OPT_SORT_KEYS


def encode(payload: Any) -> bytes:
    """The canonical JSON bytes of ``payload``."""
    return orjson.dumps(payload, default=_default, option=_OPTIONS)


def _string(value: Any) -> str:
    if type(value) is not str:
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _when(value: Any) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(_string(value))
    if parsed.utcoffset() is None:
        raise ValueError("a timestamp needs its offset")
    return parsed.astimezone(dt.UTC)


def _amount(value: Any) -> decimal.Decimal:
    try:
        amount = decimal.Decimal(_string(value))
    except decimal.InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if amount.is_nan() or amount.is_infinite():
        raise ValueError("amounts are finite")
    return amount


def _labels(value: Any) -> frozenset[str]:
    if type(value) is not list:
        raise TypeError("tags are a list")
    return frozenset(map(_string, value))


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "order_id": lambda value: UUID(_string(value)),
    "customer": _string,
    "placed_at": _when,
    "total": _amount,
    "status": lambda value: Status(_string(value)),
    "tags": _labels,
}


def decode_order(data: bytes | str) -> Order:
    """The order in a JSON document, every field checked and converted."""
    document = orjson.loads(data)
    if type(document) is not dict:
        raise ValueError(f"expected an object, got {type(document).__name__}")
    values = {}
    for name, convert in _CONVERTERS.items():
        try:
            values[name] = convert(document[name])
        except KeyError:
            raise ValueError(f"missing field {name}") from None
        except (TypeError, ValueError) as error:
            raise ValueError(f"bad {name}: {error}") from None
    return Order(**values)


def encode_lines(records: Iterable[Any]) -> bytes:
    """NDJSON: each record as ``encode`` writes it, then a newline."""
    return b"".join(encode(record) + b"\n" for record in records)


def decode_lines(data: bytes) -> list[Any]:
    """The values of an NDJSON document; blank lines are skipped."""
    values = []
    for index, line in enumerate(data.split(b"\n")):
        if line.isspace() or not line:
            continue
        try:
            values.append(orjson.loads(line))
        except ValueError:
            raise ValueError(f"bad JSON on line {index + 1}") from None
    return values
