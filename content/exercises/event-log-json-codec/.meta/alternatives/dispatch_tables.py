"""A different route: ``functools.singledispatchmethod`` picks the encoding, a table of
decoders keyed by tag reverses it, and ``loads_event`` uses a configured ``JSONDecoder``
instance."""

import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from enum import Enum
from functools import singledispatchmethod
from typing import Any


class Severity(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class EventEncoder(json.JSONEncoder):
    """Encode datetimes, Decimals and Severity as tagged objects."""

    @singledispatchmethod
    def default(self, o: Any) -> Any:
        return super().default(o)

    @default.register
    def _(self, o: datetime) -> Any:
        if o.tzinfo is None or o.tzinfo.utcoffset(o) is None:
            raise ValueError("a naive datetime cannot be logged")
        return {"__type__": "datetime", "value": o.isoformat()}

    @default.register
    def _(self, o: Decimal) -> Any:
        return {"__type__": "decimal", "value": o.__str__()}

    @default.register
    def _(self, o: Severity) -> Any:
        return {"__type__": "severity", "value": o.value}


_DECODERS: dict[object, Callable[[Any], Any]] = {
    "datetime": datetime.fromisoformat,
    "decimal": Decimal,
    "severity": Severity,
}


def decode_hook(obj: dict[str, Any]) -> Any:
    """Turn tagged objects back into Python values; leave other dicts alone."""
    if "__type__" not in obj:
        return obj
    tag = obj["__type__"]
    try:
        decoder = _DECODERS[tag]
    except (KeyError, TypeError):
        raise ValueError(f"no decoder for the tag {tag}") from None
    return decoder(obj["value"])


def dumps_event(event: dict[str, Any]) -> str:
    """Compact, key-sorted JSON for one event."""
    encoder = EventEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return encoder.encode(event)


def loads_event(text: str) -> dict[str, Any]:
    """Parse one event; JSON numbers with a fraction become Decimal."""
    decoder = json.JSONDecoder(object_hook=decode_hook, parse_float=Decimal)
    value = decoder.decode(text)
    if type(value) is not dict:
        raise ValueError("the top level of an event is a JSON object")
    return value
