"""Writes a set as ``list(value)``: its iteration order, which for text changes with every
interpreter run (hash randomisation), so the bytes are not canonical and caches miss.

The visible tests may pass by luck; the sealed set encodes many sets of text.
"""

from __future__ import annotations

import base64
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

import orjson

OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME


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
    placed_at: datetime
    total: Decimal
    status: Status
    tags: frozenset[str]


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise TypeError(f"naive datetime {value} has no time zone")
        utc = value.astimezone(UTC).isoformat(timespec="milliseconds")
        return utc.removesuffix("+00:00") + "Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return list(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode(payload: Any) -> bytes:
    """The canonical JSON bytes of ``payload``."""
    return orjson.dumps(payload, default=_default, option=OPTIONS)


def _field(document: dict[str, Any], name: str, convert: Callable[[Any], Any]) -> Any:
    if name not in document:
        raise ValueError(f"{name} is missing")
    try:
        return convert(document[name])
    except (ValueError, TypeError, AttributeError, InvalidOperation) as error:
        raise ValueError(f"{name} is invalid: {document[name]!r}") from error


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(_text(value))
    if moment.tzinfo is None:
        raise ValueError("no time zone")
    return moment.astimezone(UTC)


def _money(value: Any) -> Decimal:
    amount = Decimal(_text(value))
    if not amount.is_finite():
        raise ValueError("not a finite amount")
    return amount


def _tags(value: Any) -> frozenset[str]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return frozenset(_text(tag) for tag in value)


def decode_order(data: bytes | str) -> Order:
    """The order in a JSON document, every field checked and converted."""
    document = orjson.loads(data)
    if isinstance(document, dict):
        return Order(
            order_id=_field(document, "order_id", lambda value: UUID(_text(value))),
            customer=_field(document, "customer", _text),
            placed_at=_field(document, "placed_at", _moment),
            total=_field(document, "total", _money),
            status=_field(document, "status", lambda value: Status(_text(value))),
            tags=_field(document, "tags", _tags),
        )
    raise ValueError(f"an order is a JSON object, not {type(document).__name__}")


def encode_lines(records: Iterable[Any]) -> bytes:
    """NDJSON: each record as ``encode`` writes it, then a newline."""
    option = OPTIONS | orjson.OPT_APPEND_NEWLINE
    return b"".join(orjson.dumps(record, default=_default, option=option) for record in records)


def decode_lines(data: bytes) -> list[Any]:
    """The values of an NDJSON document; blank lines are skipped."""
    values = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            values.append(orjson.loads(line))
        except orjson.JSONDecodeError as error:
            raise ValueError(f"line {number}: {error}") from error
    return values
