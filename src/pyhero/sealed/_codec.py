"""Inputs: values that travel from the reference run to the learner's run exactly."""

from __future__ import annotations

import enum
import importlib
import sys
from typing import Any

from pyhero.sealed._errors import SealedContentError
from pyhero.sealed._values import (
    ENCODERS,
    Json,
    canonical_text,
    decode_value,
    encode_int,
    encode_str,
)

__all__ = ["decode_input", "encode_input", "encode_input_at"]

_MAX_DEPTH = 200
_SUPPORTED = (
    "None, bool, int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, "
    "Decimal, Fraction, complex, datetime, date, time, timedelta (with timezone or ZoneInfo "
    "zones), UUID, ipaddress objects, PurePosixPath, and members of standard-library enums"
)


def encode_input(value: object) -> Json:
    """The JSON form of an input value; ``decode_input`` gives back an equal value of the
    same types (dict order, ``Decimal`` exponents and time zones included).

    Raises :class:`SealedContentError` naming where in the value an unsupported type is.
    """
    return _encode(value, "the value", 0)


def encode_input_at(value: object, where: str) -> Json:
    """:func:`encode_input`, with errors naming ``where`` the value is."""
    return _encode(value, where, 0)


def _refuse(where: str, reason: str) -> SealedContentError:
    return SealedContentError(f"{where}: {reason}")


def _encode(value: object, where: str, depth: int) -> Json:
    if depth > _MAX_DEPTH:
        raise _refuse(where, f"nested more than {_MAX_DEPTH} levels deep (or a cycle)")
    if value is None or type(value) is bool:
        return value
    if type(value) is int:
        return encode_int(value)
    if type(value) is str:
        return encode_str(value)
    if isinstance(value, enum.Enum):
        return _encode_enum(value, where)
    encoder = ENCODERS.get(type(value))
    if encoder is not None:
        try:
            return encoder(value)
        except TypeError as exc:
            raise _refuse(where, str(exc)) from None
    if type(value) is list or type(value) is tuple:
        items = [_encode(item, f"{where}[{index}]", depth + 1) for index, item in enumerate(value)]
        return items if type(value) is list else {"$tuple": items}
    if type(value) is dict:
        return {"$dict": [_encode_pair(key, item, where, depth) for key, item in value.items()]}
    if type(value) is set or type(value) is frozenset:
        members = [_encode(item, f"{where} member", depth + 1) for item in value]
        return {f"${type(value).__name__}": sorted(members, key=canonical_text)}
    kind = type(value)
    raise _refuse(
        where,
        f"a {kind.__module__}.{kind.__qualname__} cannot be a sealed input (supported: "
        f"{_SUPPORTED}); build such objects inside a probe from plain data",
    )


def _encode_pair(key: object, item: object, where: str, depth: int) -> Json:
    return [
        _encode(key, f"{where} key {key!r}", depth + 1),
        _encode(item, f"{where}[{key!r}]", depth + 1),
    ]


def _encode_enum(member: enum.Enum, where: str) -> Json:
    cls = type(member)
    if cls.__module__.partition(".")[0] not in sys.stdlib_module_names:
        raise _refuse(
            where,
            f"{cls.__qualname__}.{member.name} is a member of an enum outside the standard "
            "library; pass its value and look the member up inside a probe",
        )
    return {"$enum": [cls.__module__, cls.__qualname__, member.name]}


def decode_input(data: Json) -> Any:
    """The value ``encode_input`` encoded."""
    if isinstance(data, list):
        return [decode_input(item) for item in data]
    if not isinstance(data, dict):
        return data
    if len(data) != 1:
        raise ValueError(f"not an encoded input: an object with keys {sorted(data)}")
    [(tag, payload)] = data.items()
    items: Any = payload
    if tag == "$tuple":
        return tuple(decode_input(item) for item in items)
    if tag == "$dict":
        return {decode_input(key): decode_input(item) for key, item in items}
    if tag == "$set":
        return {decode_input(item) for item in items}
    if tag == "$frozenset":
        return frozenset(decode_input(item) for item in items)
    if tag == "$enum":
        return _decode_enum(payload)
    try:
        return decode_value(tag, payload)
    except KeyError:
        raise ValueError(f"not an encoded input: unknown tag {tag!r}") from None


def _decode_enum(payload: Any) -> enum.Enum:
    module_name, qualname, name = payload
    owner: Any = importlib.import_module(module_name)
    for part in qualname.split("."):
        owner = getattr(owner, part)
    member: enum.Enum = owner[name]
    return member
