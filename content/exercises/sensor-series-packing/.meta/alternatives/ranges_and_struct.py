"""Integer widths computed from the ranges of each signed size instead of trying
``array``; encoding through ``struct`` and ``bytearray``; decoding by slicing the payload
and checking its length by hand; averages from ``statistics.fmean`` over slices."""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterable, Sequence
from statistics import fmean
from typing import Any

NUMERIC_TYPECODES = frozenset("bBhHiIlLqQfd")
_SIGNED = (("b", 1), ("h", 2), ("i", 4), ("q", 8))


def pack_readings(values: Iterable[float], typecode: str = "d") -> array[Any]:
    """Pack ``values`` into a typed array; reject non-numeric type codes."""
    if not isinstance(typecode, str) or typecode not in NUMERIC_TYPECODES:
        raise ValueError(f"{typecode!r} is not a numeric typecode")
    series: array[Any] = array(typecode)
    series.extend(values)
    return series


def smallest_int_typecode(values: Sequence[int]) -> str:
    """The signed type code with the smallest item size that holds every value."""
    low, high = (min(values), max(values)) if values else (0, 0)
    for typecode, size in _SIGNED:
        limit = 1 << (8 * size - 1)
        if -limit <= low and high < limit:
            return typecode
    raise ValueError("a value needs more than 64 bits")


def encode_series(series: array[Any]) -> bytes:
    """One ASCII type-code byte followed by the raw machine values."""
    out = bytearray(struct.pack("c", series.typecode.encode("ascii")))
    out += series.tobytes()
    return bytes(out)


def decode_series(blob: bytes) -> array[Any]:
    """Inverse of :func:`encode_series`; raise ``ValueError`` on corrupt input."""
    if len(blob) == 0 or chr(blob[0]) not in NUMERIC_TYPECODES:
        raise ValueError("the blob does not start with a numeric typecode")
    series: array[Any] = array(chr(blob[0]))
    payload = blob[1:]
    if len(payload) % series.itemsize:
        raise ValueError("payload length is not a multiple of the item size")
    series.frombytes(payload)
    return series


def downsample(series: array[Any], factor: int) -> array[float]:
    """Average every ``factor`` consecutive readings; a short last block is averaged too."""
    if factor <= 0:
        raise ValueError("factor must be positive")
    blocks = (series[start : start + factor] for start in range(0, len(series), factor))
    return array("d", (fmean(block) for block in blocks))
