"""Compact storage of sensor readings with the array module."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from typing import Any

NUMERIC_TYPECODES = frozenset("bBhHiIlLqQfd")


def pack_readings(values: Iterable[float], typecode: str = "d") -> array[Any]:
    """Pack ``values`` into a typed array; reject non-numeric type codes."""
    raise NotImplementedError("pack_readings")


def smallest_int_typecode(values: Sequence[int]) -> str:
    """The signed type code with the smallest item size that holds every value."""
    raise NotImplementedError("smallest_int_typecode")


def encode_series(series: array[Any]) -> bytes:
    """One ASCII type-code byte followed by the raw machine values."""
    raise NotImplementedError("encode_series")


def decode_series(blob: bytes) -> array[Any]:
    """Inverse of :func:`encode_series`; raise ``ValueError`` on corrupt input."""
    raise NotImplementedError("decode_series")


def downsample(series: array[Any], factor: int) -> array[float]:
    """Average every ``factor`` consecutive readings; a short last block is averaged too."""
    raise NotImplementedError("downsample")
