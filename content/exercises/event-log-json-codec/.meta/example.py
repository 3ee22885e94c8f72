"""Reference solution: a JSON codec for audit events with rich types."""

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
    kind = obj[TAG]
    value: Any = obj.get("value")
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


def loads_event(text: str) -> dict[str, Any]:
    """Parse one event; JSON numbers with a fraction become Decimal."""
    data = json.loads(text, object_hook=decode_hook, parse_float=Decimal)
    if not isinstance(data, dict):
        raise ValueError(f"an event must be a JSON object, got {type(data).__name__}")
    return data
