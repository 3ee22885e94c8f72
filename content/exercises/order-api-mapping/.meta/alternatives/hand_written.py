"""The same conversions written by hand, without odin's mappings: a table of required
fields, explicit checks that raise odin's ``ValidationError``, and one function per
direction."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from odin.exceptions import ValidationError

_STATUS_NAMES = {"N": "new", "P": "paid", "S": "shipped", "C": "cancelled"}
_STATUS_CODES = {name: code for code, name in _STATUS_NAMES.items()}
_TOTAL = re.compile(r"-?[0-9]+(?:\.[0-9]{1,2})?")
_CREATED = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z")

# field -> (type, may be empty)
_ROW = {
    "order_id": (int, False),
    "customer_first": (str, True),
    "customer_last": (str, True),
    "amount_cents": (int, False),
    "currency": (str, False),
    "status": (str, False),
    "created_epoch": (int, False),
    "internal_note": (str, True),
}
_ORDER = {
    "id": (int, False),
    "customer": (str, True),
    "total": (str, False),
    "currency": (str, False),
    "status": (str, False),
    "created": (str, False),
}


def _clean(data: dict[str, Any], fields: dict[str, tuple[type, bool]]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    problems: dict[str, list[str]] = {}
    for name, (kind, may_be_empty) in fields.items():
        value = data.get(name)
        if value is None or (value == "" and not may_be_empty):
            problems[name] = ["This field cannot be null."]
        elif kind is int:
            try:
                clean[name] = int(value)
            except (TypeError, ValueError):
                problems[name] = [f"{value!r} is not a whole number"]
        else:
            clean[name] = str(value)
    if problems:
        raise ValidationError(problems)
    return clean


def _lookup(table: dict[str, str], value: str) -> str:
    try:
        return table[value]
    except KeyError:
        raise ValueError(f"unknown order status {value!r}") from None


def to_api(row: dict[str, Any]) -> dict[str, Any]:
    r = _clean(row, _ROW)
    names = (r["customer_first"].strip(), r["customer_last"].strip())
    return {
        "id": r["order_id"],
        "customer": " ".join(name for name in names if name),
        "total": f"{Decimal(r['amount_cents']) / 100:.2f}",
        "currency": r["currency"].upper(),
        "status": _lookup(_STATUS_NAMES, r["status"]),
        "created": datetime.fromtimestamp(r["created_epoch"], UTC)
        .isoformat()
        .replace("+00:00", "Z"),
    }


def from_api(order: dict[str, Any]) -> dict[str, Any]:
    o = _clean(order, _ORDER)
    if not _TOTAL.fullmatch(o["total"]):
        raise ValueError(f"bad total {o['total']!r}")
    currency = o["currency"]
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        raise ValueError(f"bad currency {currency!r}")
    created = _CREATED.fullmatch(o["created"])
    if created is None:
        raise ValueError(f"bad time {o['created']!r}")
    moment = datetime(*(int(part) for part in created.groups()), tzinfo=UTC)
    words = o["customer"].strip().split(maxsplit=1)
    return {
        "order_id": o["id"],
        "customer_first": words[0] if words else "",
        "customer_last": words[1] if len(words) == 2 else "",
        "amount_cents": int(Decimal(o["total"]) * 100),
        "currency": currency.lower(),
        "status": _lookup(_STATUS_CODES, o["status"]),
        "created_epoch": int(moment.timestamp()),
        "internal_note": "",
    }
