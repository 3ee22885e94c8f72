"""WRONG: naive check is 'tzinfo is None' only; a tzinfo whose utcoffset() is None is treated
via astimezone as local time.

Found by a blind attack; the visible tests alone do not catch it (the sealed set does).
"""

from __future__ import annotations

import base64
import decimal
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import orjson


class Status(enum.Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"


@dataclass(frozen=True)
class Order:
    order_id: UUID
    customer: str
    placed_at: datetime
    total: Decimal
    status: Status
    tags: frozenset[str]


_OPTS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise TypeError("naive datetime")

        v = value.astimezone(UTC)
        return v.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode(payload: Any) -> bytes:
    try:
        return orjson.dumps(payload, default=_default, option=_OPTS)
    except orjson.JSONEncodeError as exc:
        raise TypeError(str(exc)) from exc


def _field(doc, name, convert):
    if name not in doc:
        raise ValueError(f"{name} is missing")
    value = doc[name]
    try:
        return convert(value)
    except (TypeError, ValueError, decimal.InvalidOperation, AttributeError) as exc:
        raise ValueError(f"{name} is invalid: {value!r}") from exc


def _str(v):
    if not isinstance(v, str):
        raise TypeError("not a string")
    return v


def _uuid(v):
    return UUID(_str(v))


def _dt(v):
    d = datetime.fromisoformat(_str(v))
    if d.tzinfo is None or d.utcoffset() is None:
        raise ValueError("no offset")
    return d.astimezone(UTC)


def _dec(v):
    d = Decimal(_str(v))
    if not d.is_finite():
        raise ValueError("not finite")
    return d


def _status(v):
    return Status(_str(v))


def _tags(v):
    if not isinstance(v, list) or not all(isinstance(t, str) for t in v):
        raise TypeError("not a list of strings")
    return frozenset(v)


def decode_order(data: bytes | str) -> Order:
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise ValueError("an order must be a JSON object")
    return Order(
        order_id=_field(doc, "order_id", _uuid),
        customer=_field(doc, "customer", _str),
        placed_at=_field(doc, "placed_at", _dt),
        total=_field(doc, "total", _dec),
        status=_field(doc, "status", _status),
        tags=_field(doc, "tags", _tags),
    )


def encode_lines(records: Iterable[Any]) -> bytes:
    out = []
    for r in records:
        try:
            out.append(orjson.dumps(r, default=_default, option=_OPTS | orjson.OPT_APPEND_NEWLINE))
        except orjson.JSONEncodeError as exc:
            raise TypeError(str(exc)) from exc
    return b"".join(out)


def decode_lines(data: bytes) -> list[Any]:
    values = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            values.append(orjson.loads(line))
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"line {number}: {exc}") from exc
    return values
