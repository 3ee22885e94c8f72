"""Tagged JSON forms of the value types that inputs and observations share.

Every JSON object produced by the codec is a *tag*: a ``"$name"`` key holding the payload
(outcomes add ``message``/``matches`` beside ``$raised``). Plain dicts are never emitted as
JSON objects, so a tag can never be confused with data.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import pathlib
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo

__all__ = [
    "ENCODERS",
    "Json",
    "canonical_text",
    "decode_value",
    "encode_int",
    "encode_str",
    "encode_timedelta",
    "encode_tz",
]

#: JSON-able data: dicts with string keys, lists, str, int, bool, None (floats never occur:
#: they are tagged). ``Any`` so that callers can index into it without casts.
Json: TypeAlias = Any

_SURROGATE = re.compile("[\ud800-\udfff]")
_BIG_INT_BITS = 12_000  # far below the 4300-digit limit of int(str) on the way back


def canonical_text(data: Json) -> str:
    """The JSON text two equal encoded values share: the sort key of sets and dicts."""
    return json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def encode_str(value: str) -> Json:
    """A string as itself, or as its code points when it holds a lone surrogate."""
    if _SURROGATE.search(value) is None:
        return value
    return {"$str": [ord(char) for char in value]}


def encode_int(value: int) -> Json:
    if value.bit_length() > _BIG_INT_BITS:
        return {"$int": format(value, "x")}
    return value


def encode_timedelta(value: timedelta) -> Json:
    return {"$timedelta": [value.days, value.seconds, value.microseconds]}


def encode_tz(value: tzinfo | None) -> Json | None:
    """``None``, a ``datetime.timezone`` (offset, explicit name) or a ``ZoneInfo`` key;
    ``None`` is returned for the absence of a zone, and the caller decides about others."""
    if value is None:
        return None
    if type(value) is timezone:
        offset = value.utcoffset(None)
        name = value.tzname(None)
        default = timezone(offset).tzname(None)
        named = None if name == default else encode_str(name)
        return {"$timezone": [encode_timedelta(offset), named]}
    if type(value) is ZoneInfo and value.key is not None:
        return {"$zoneinfo": value.key}
    raise TypeError(f"time zones of type {type(value).__qualname__} are not supported")


def _datetime(value: datetime) -> Json:
    fields: list[Json] = [value.year, value.month, value.day, value.hour, value.minute]
    fields += [value.second, value.microsecond, value.fold, encode_tz(value.tzinfo)]
    return {"$datetime": fields}


def _time(value: time) -> Json:
    fields: list[Json] = [value.hour, value.minute, value.second, value.microsecond]
    return {"$time": [*fields, value.fold, encode_tz(value.tzinfo)]}


def _bytes(tag: str) -> Callable[[Any], Json]:
    return lambda value: {tag: base64.b64encode(bytes(value)).decode("ascii")}


def _tagged_str(tag: str) -> Callable[[Any], Json]:
    return lambda value: {tag: str(value)}


def _named_str(tag: str) -> Callable[[Any], Json]:
    return lambda value: {tag: [type(value).__name__, encode_str(str(value))]}


_IP_TYPES: tuple[type, ...] = (
    ipaddress.IPv4Address,
    ipaddress.IPv6Address,
    ipaddress.IPv4Network,
    ipaddress.IPv6Network,
    ipaddress.IPv4Interface,
    ipaddress.IPv6Interface,
)
_PATH_TYPES: tuple[type, ...] = (
    pathlib.PurePosixPath,
    pathlib.PureWindowsPath,
    pathlib.PosixPath,
)

#: Exact type -> tagged form, for the scalar value types (containers are the codecs' job).
ENCODERS: dict[type, Callable[[Any], Json]] = {
    float: lambda value: {"$float": repr(value)},
    bytes: _bytes("$bytes"),
    bytearray: _bytes("$bytearray"),
    Decimal: _tagged_str("$decimal"),
    Fraction: lambda value: {
        "$fraction": [encode_int(value.numerator), encode_int(value.denominator)]
    },
    complex: lambda value: {"$complex": [repr(value.real), repr(value.imag)]},
    timedelta: encode_timedelta,
    date: lambda value: {"$date": [value.year, value.month, value.day]},
    time: _time,
    datetime: _datetime,
    uuid.UUID: _tagged_str("$uuid"),
    **dict.fromkeys(_IP_TYPES, _named_str("$ip")),
    **dict.fromkeys(_PATH_TYPES, _named_str("$path")),
}


def _decode_int(data: Any) -> int:
    return int(data["$int"], 16) if isinstance(data, dict) else int(data)


def _decode_timedelta(payload: Any) -> timedelta:
    days, seconds, microseconds = payload
    return timedelta(days=days, seconds=seconds, microseconds=microseconds)


def decode_tz(data: Any) -> tzinfo | None:
    if data is None:
        return None
    if "$timezone" in data:
        offset, name = data["$timezone"]
        delta = _decode_timedelta(offset["$timedelta"])
        return timezone(delta) if name is None else timezone(delta, _decode_text(name))
    return ZoneInfo(data["$zoneinfo"])


def _decode_datetime(payload: Any) -> datetime:
    year, month, day, hour, minute, second, microsecond, fold, tz = payload
    return datetime(
        year, month, day, hour, minute, second, microsecond, tzinfo=decode_tz(tz), fold=fold
    )


def _decode_time(payload: Any) -> time:
    hour, minute, second, microsecond, fold, tz = payload
    return time(hour, minute, second, microsecond, tzinfo=decode_tz(tz), fold=fold)


def _decode_text(data: Any) -> str:
    """A string encoded by :func:`encode_str`."""
    return "".join(map(chr, data["$str"])) if isinstance(data, dict) else str(data)


def _by_name(types: tuple[type, ...]) -> Callable[[Any], object]:
    table = {cls.__name__: cls for cls in types}
    return lambda payload: table[payload[0]](_decode_text(payload[1]))


_DECODERS: dict[str, Callable[[Any], object]] = {
    "$str": lambda payload: "".join(map(chr, payload)),
    "$int": lambda payload: int(payload, 16),  # the tag's payload is hexadecimal
    "$float": float,
    "$bytes": base64.b64decode,
    "$bytearray": lambda payload: bytearray(base64.b64decode(payload)),
    "$decimal": Decimal,
    "$fraction": lambda payload: Fraction(_decode_int(payload[0]), _decode_int(payload[1])),
    "$complex": lambda payload: complex(float(payload[0]), float(payload[1])),
    "$timedelta": _decode_timedelta,
    "$date": lambda payload: date(*payload),
    "$time": _decode_time,
    "$datetime": _decode_datetime,
    "$uuid": uuid.UUID,
    "$ip": _by_name(_IP_TYPES),
    "$path": _by_name(_PATH_TYPES),
}


def decode_value(tag: str, payload: Any) -> object:
    """The value of a scalar tag; ``KeyError`` for a tag that is not a scalar's."""
    return _DECODERS[tag](payload)
