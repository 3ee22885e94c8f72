"""Encoded values shown as short, Python-like text for feedback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from pyhero.sealed._values import Json, decode_value

__all__ = ["render", "shorten"]

_ITEMS = 8  # container items shown before "…"
_TEXT = 60  # characters of a string shown before "…"


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def render(data: Json) -> str:
    """Python-like text for an encoded input or observation, long parts elided."""
    if isinstance(data, list):
        return _sequence("[", data, "]")
    if isinstance(data, dict):
        return _tagged(data)
    if isinstance(data, str):
        return _string(data)
    return repr(data)


def _string(text: str) -> str:
    if len(text) <= _TEXT:
        return repr(text)
    return f"{text[:_TEXT]!r}…({len(text)} characters)"


def _sequence(opening: str, items: list[Json], closing: str) -> str:
    shown = [render(item) for item in items[:_ITEMS]]
    if len(items) > _ITEMS:
        shown.append(f"… {len(items) - _ITEMS} more")
    return opening + ", ".join(shown) + closing


def _pairs(pairs: list[Any], separator: str) -> list[str]:
    shown = [f"{render(key)}{separator}{render(value)}" for key, value in pairs[:_ITEMS]]
    if len(pairs) > _ITEMS:
        shown.append(f"… {len(pairs) - _ITEMS} more")
    return shown


def _tagged(data: dict[str, Json]) -> str:
    if "$raised" in data or "$returned" in data:
        return f"<{describe_outcome(data)}>"
    [(tag, payload)] = data.items()
    if tag in ("$datetime", "$time") and isinstance(payload, list):
        zone = payload[-1]
        if isinstance(zone, dict) and "$tzinfo" in zone:  # a learner's tzinfo class
            fields = ", ".join(map(str, payload[:-2]))
            return f"{tag[1:]}({fields}, tzinfo=<{render(zone['$tzinfo'])}>)"
    renderer = _RENDERERS.get(tag)
    if renderer is not None:
        return renderer(payload)
    try:
        return _value_repr(decode_value(tag, payload))
    except (KeyError, TypeError, ValueError):
        return f"<{tag[1:]} {payload!r}>"


def describe_outcome(data: dict[str, Json]) -> str:
    """``returned …`` or ``raised ValueError: …`` for an encoded outcome."""
    if "$returned" in data:
        return f"returned {render(data['$returned'])}"
    text = f"raised {data['$raised']}"
    if "message" in data:
        return f"{text}: {render(data['message'])}"
    if "matches" in data:
        verb = "matches" if data["matches"] else "does not match"
        return f"{text} whose message {verb} the expected pattern"
    return text


def _offset(delta: timedelta) -> str:
    sign = "-" if delta < timedelta(0) else ""
    seconds = abs(delta).total_seconds()
    hours, rest = divmod(int(seconds), 3600)
    parts = [f"hours={hours}"] if hours else []
    if rest // 60:
        parts.append(f"minutes={rest // 60}")
    if rest % 60 or seconds % 1 or not parts:
        parts.append(f"seconds={seconds - hours * 3600 - rest // 60 * 60:g}")
    return f"timezone({sign}timedelta({', '.join(parts)}))"


def _zone(value: datetime | time) -> str:
    zone = value.tzinfo
    if zone is UTC:
        return "UTC"
    if isinstance(zone, timezone):
        offset = _offset(zone.utcoffset(None))
        name = zone.tzname(None)
        if name == timezone(zone.utcoffset(None)).tzname(None):
            return offset
        return f"{offset[:-1]}, {name!r})"
    return f"ZoneInfo({getattr(zone, 'key', '?')!r})"


def _clock_fields(value: datetime | time) -> list[str]:
    fields = [str(value.hour), str(value.minute)]
    if value.second or value.microsecond:
        fields.append(str(value.second))
    if value.microsecond:
        fields.append(str(value.microsecond))
    if value.fold:
        fields.append("fold=1")
    if value.tzinfo is not None:
        fields.append(f"tzinfo={_zone(value)}")
    return fields


def _value_repr(value: object) -> str:
    if isinstance(value, datetime):
        day = [str(value.year), str(value.month), str(value.day)]
        return f"datetime({', '.join(day + _clock_fields(value))})"
    if isinstance(value, date):
        return f"date({value.year}, {value.month}, {value.day})"
    if isinstance(value, time):
        return f"time({', '.join(_clock_fields(value))})"
    if isinstance(value, timedelta):
        return repr(value).removeprefix("datetime.")
    if isinstance(value, float):
        text = repr(value)
        return text if text[-1].isdigit() else f"float({text!r})"
    if isinstance(value, bytes | bytearray):
        text = repr(value)
        if len(text) <= _TEXT:
            return text
        return f"{shorten(text, _TEXT)}({len(value)} bytes)"
    text = repr(value)
    return text.removeprefix("ipaddress.").removeprefix("uuid.")


def _dict(payload: Any) -> str:
    return "{" + ", ".join(_pairs(payload, ": ")) + "}"


def _set(payload: Any) -> str:
    return _sequence("{", payload, "}") if payload else "set()"


def _tuple(payload: Any) -> str:
    return _sequence("(", payload, ",)" if len(payload) == 1 else ")")


def _object(payload: Any) -> str:
    name, fields = payload
    shown = [f"{field}={render(value)}" for field, value in fields[:_ITEMS]]
    if len(fields) > _ITEMS:
        shown.append(f"… {len(fields) - _ITEMS} more")
    return f"{name}({', '.join(shown)})"


def _enum(payload: Any) -> str:
    return payload if isinstance(payload, str) else f"{payload[1]}.{payload[2]}"


_RENDERERS: dict[str, Callable[[Any], str]] = {
    "$tuple": _tuple,
    "$dict": _dict,
    "$set": _set,
    "$frozenset": lambda payload: f"frozenset({_set(payload)})" if payload else "frozenset()",
    "$enum": _enum,
    "$object": _object,
    "$opaque": lambda payload: f"<{payload} object>",
    "$type": lambda payload: f"<class {payload}>",
    "$exception": lambda payload: f"{payload}(…)",
    "$cycle": lambda payload: f"<{payload} containing itself>",
    "$unobservable": lambda payload: f"<unobservable: {render(payload)}>",
    "$str": lambda payload: _string("".join(map(chr, payload))),
}
