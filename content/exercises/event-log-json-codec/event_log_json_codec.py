"""Event log JSON codec: implement the encoder, the hook and the two helpers."""

import json
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
        raise NotImplementedError


def decode_hook(obj: dict[str, Any]) -> Any:
    """Turn tagged objects back into Python values; leave other dicts alone."""
    raise NotImplementedError


def dumps_event(event: dict[str, Any]) -> str:
    """Compact, key-sorted JSON for one event."""
    raise NotImplementedError


def loads_event(text: str) -> dict[str, Any]:
    """Parse one event; JSON numbers with a fraction become Decimal."""
    raise NotImplementedError
