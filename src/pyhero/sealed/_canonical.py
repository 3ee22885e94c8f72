"""Observations: canonical JSON forms, equal for equal values however they were built."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from datetime import datetime, time, tzinfo
from typing import Any

from pyhero.sealed._classify import builtin_name
from pyhero.sealed._values import (
    ENCODERS,
    Json,
    canonical_text,
    encode_int,
    encode_str,
    encode_timedelta,
    encode_tz,
)

__all__ = ["Encoded", "ObservationTooLarge", "encode_observation"]

MAX_NODES = 200_000
_MAX_DEPTH = 150


class Encoded:
    """A value that is already an encoded observation (an outcome inside a probe's result)."""

    __slots__ = ("data",)

    def __init__(self, data: Json) -> None:
        self.data = data


class ObservationTooLarge(Exception):
    """The value has more parts than an observation may hold."""


def encode_observation(value: object, *, max_nodes: int = MAX_NODES) -> Json:
    """The canonical JSON form of ``value`` (see ``docs/sealed.md``).

    Dict entries, set members and object fields are sorted canonically; ``list`` and
    ``tuple`` differ; floats stay tagged so that ``agree`` compares them with a tolerance;
    aware datetimes keep their offset and zone; objects are their type's name and public
    fields; functions, generators, iterators and other field-less objects their type's name.
    Raises :class:`ObservationTooLarge` past ``max_nodes`` parts, and whatever the value's
    own code (a property, ``__iter__``) raises.
    """
    return _Encoder(max_nodes).encode(value, 0)


def _qualname(cls: type) -> str:
    return str(getattr(cls, "__qualname__", cls.__name__))


def _public_fields(value: object) -> list[str] | None:
    """Names of the fields an object is observed by, or ``None`` when it has none."""
    cls = type(value)
    if dataclasses.is_dataclass(value):
        names = [field.name for field in dataclasses.fields(value)]
    elif isinstance(value, tuple) and _is_named_tuple(value):
        names = list(getattr(cls, "_fields", ()))
    else:
        slots = [
            name
            for klass in cls.__mro__
            for name in _slot_names(klass.__dict__.get("__slots__"))
            if name not in ("__dict__", "__weakref__")
        ]
        instance_dict = getattr(value, "__dict__", None)
        if not slots and not isinstance(instance_dict, dict):
            return None
        names = slots + list(instance_dict or ())
    return sorted({name for name in names if isinstance(name, str) and not name.startswith("_")})


def _is_named_tuple(value: tuple[object, ...]) -> bool:
    return isinstance(getattr(type(value), "_fields", None), tuple)


def _slot_names(slots: object) -> list[str]:
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    return [name for name in slots if isinstance(name, str)]  # type: ignore[attr-defined]


class _Encoder:
    def __init__(self, max_nodes: int) -> None:
        self._budget = max_nodes
        self._path: set[int] = set()

    def encode(self, value: object, depth: int) -> Json:
        self._budget -= 1
        if self._budget < 0:
            raise ObservationTooLarge("the value has too many parts to observe")
        if value is None or type(value) is bool:
            return value
        if isinstance(value, Encoded):
            return value.data
        if isinstance(value, enum.Enum):
            return {"$enum": f"{_qualname(type(value))}.{value.name}"}
        scalar = self._scalar(value)
        if scalar is not None:
            return scalar
        if isinstance(value, BaseException):
            return {"$exception": builtin_name(value)}
        if isinstance(value, type):
            return {"$type": _qualname(value)}
        if depth > _MAX_DEPTH:
            return {"$cycle": _qualname(type(value))}
        key = id(value)
        if key in self._path:
            return {"$cycle": _qualname(type(value))}
        self._path.add(key)
        try:
            return self._container(value, depth + 1)
        finally:
            self._path.discard(key)

    def _scalar(self, value: object) -> Json | None:
        if isinstance(value, int):
            return encode_int(int.__index__(value))
        if isinstance(value, str):
            return encode_str(str.__str__(value))
        if isinstance(value, float):
            return {"$float": repr(float.__float__(value))}
        if isinstance(value, datetime | time) and value.tzinfo is not None:
            return self._aware(value)
        encoder = _find_encoder(type(value))
        return None if encoder is None else encoder(value)

    def _aware(self, value: datetime | time) -> Json:
        encoder = _find_encoder(type(value))
        assert encoder is not None
        naive = encoder(value.replace(tzinfo=None))
        assert isinstance(naive, dict)
        [(tag, fields)] = naive.items()
        assert isinstance(fields, list)
        fields[-1] = self._zone(value.tzinfo, value)
        return {tag: fields}

    def _zone(self, zone: tzinfo | None, moment: datetime | time) -> Json:
        try:
            return encode_tz(zone)
        except TypeError:
            offset = moment.utcoffset()
            return {
                "$tzinfo": [
                    _qualname(type(zone)),
                    None if offset is None else encode_timedelta(offset),
                    encode_str(str(moment.tzname())),
                ]
            }

    def _container(self, value: object, depth: int) -> Json:
        if isinstance(value, dict):
            pairs = [[self.encode(k, depth), self.encode(v, depth)] for k, v in value.items()]
            return {"$dict": sorted(pairs, key=canonical_text)}
        if isinstance(value, set | frozenset):
            tag = "$frozenset" if isinstance(value, frozenset) else "$set"
            members = [self.encode(member, depth) for member in value]
            return {tag: sorted(members, key=canonical_text)}
        if isinstance(value, list):
            return [self.encode(item, depth) for item in value]
        if isinstance(value, tuple) and not _is_named_tuple(value):
            return {"$tuple": [self.encode(item, depth) for item in value]}
        if type(value).__module__ == "builtins":  # functions, generators, iterators, modules
            return {"$opaque": _qualname(type(value))}
        fields = _public_fields(value)
        if fields is None:
            return {"$opaque": _qualname(type(value))}
        encoded: list[Json] = []
        for name in fields:
            try:
                field = getattr(value, name)
            except AttributeError:  # an empty slot
                continue
            encoded.append([name, self.encode(field, depth)])
        return {"$object": [_qualname(type(value)), encoded]}


def _find_encoder(cls: type) -> Callable[[Any], Json] | None:
    """The scalar encoder of ``cls`` or of the scalar type it subclasses."""
    for klass in cls.__mro__:
        encoder = ENCODERS.get(klass)
        if encoder is not None:
            return encoder
    return None
