"""Sealed cases for sensor-series-packing.

Readings that are not binary fractions, negative zero, NaN and infinities; integers at every
boundary of every type code and mixed-sign series whose negative end needs the wider type;
blobs that start with non-ASCII bytes or are cut short; downsampling of integer and float
series whose block averages are not whole numbers. (No series where a float sum cancels
out: ``sum(block) / len(block)`` and an exact mean would then differ, and the instructions
do not choose.)
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "sensor_series_packing"

TYPECODES = "bBhHiIlLqQfd"
RANGES = {"b": (-(2**7), 2**7 - 1), "B": (0, 2**8 - 1), "h": (-(2**15), 2**15 - 1),
          "H": (0, 2**16 - 1), "i": (-(2**31), 2**31 - 1), "I": (0, 2**32 - 1),
          "q": (-(2**63), 2**63 - 1), "Q": (0, 2**64 - 1)}  # fmt: skip
FLOATS = (0.1, -0.0, 21.5, 1e300, -3.3, float("inf"), float("nan"), 2.675, 1e-310)


def _ints(rng: random.Random, typecode: str, count: int) -> list[int]:
    low, high = RANGES[typecode]
    return [gen.pick(rng, (low, high, 0, 1, rng.randint(low, high))) for _ in range(count)]


def _values(rng: random.Random, typecode: str) -> list[Any]:
    count = gen.size(rng, large=300)
    if typecode in "fd":
        return [_float(rng) for _ in range(count)]
    return _ints(rng, {"l": "i", "L": "I"}.get(typecode, typecode), count)


def _float(rng: random.Random) -> float:
    if gen.chance(rng, 0.3):
        return gen.pick(rng, FLOATS)
    return float(gen.decimal(rng, places=3, lo=-100, hi=100))


def packed(solution, values, typecode):  # type: ignore[no-untyped-def]
    """The array's type code, values and size in bytes."""
    series = solution.pack_readings(values, typecode)
    return {"typecode": series.typecode, "values": series.tolist(), "bytes": len(series.tobytes())}


def round_trip(solution, typecode, values):  # type: ignore[no-untyped-def]
    """``encode_series`` of an array, then ``decode_series`` of the result."""
    blob = solution.encode_series(array(typecode, values))
    back = solution.decode_series(blob)
    return {"blob": blob, "typecode": back.typecode, "values": back.tolist()}


def decoded(solution, blob):  # type: ignore[no-untyped-def]
    series = solution.decode_series(blob)
    return {"typecode": series.typecode, "values": series.tolist()}


def averaged(solution, typecode, values, factor):  # type: ignore[no-untyped-def]
    result = solution.downsample(array(typecode, values), factor)
    return {"typecode": result.typecode, "values": result.tolist()}


def _pack_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        typecode = gen.pick(rng, TYPECODES)
        yield Case.probe(packed, _values(rng, typecode), typecode, task=1)
    group = "pack_readings: refused"
    for typecode in ("u", "w", "", "dd", "Hi", "D", "x", "é"):
        yield Case.probe(packed, [1], typecode, task=1, group=group, message="typecode")
    for typecode in ("b", "B", "h", "H", "i", "I", "q", "Q"):
        low, high = RANGES[typecode]
        yield Case.probe(packed, [0, gen.pick(rng, (low - 1, high + 1))], typecode, task=1,
                         group=group)  # fmt: skip


def _typecode_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        width = gen.pick(rng, ("b", "h", "i", "q"))
        low, high = RANGES[width]
        values = [rng.randint(-100, 100) for _ in range(rng.randint(0, 6))]
        values.insert(rng.randint(0, len(values)), gen.pick(rng, (low, high, low // 2 - 1)))
        yield Case.call("smallest_int_typecode", gen.shuffled(rng, values), task=2)
    for low, high in ((-129, 5), (-32769, 200), (-(2**31) - 1, 40_000), (-200, 100)):
        yield Case.call("smallest_int_typecode", [high, low, 0], task=2)  # the low end decides
    for values in ([2**63], [-(2**63) - 1], [5, -(2**64)], [2**100, -3]):
        yield Case.call("smallest_int_typecode", values, task=2, group="smallest: too wide")


def _bytes_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        typecode = gen.pick(rng, TYPECODES)
        yield Case.probe(round_trip, typecode, _values(rng, typecode)[:40], task=3)
    group = "decode_series: corrupt"
    for first in (b"\xff", b"\xe9", b"\x80", b"\x00", b"z", b"u", b"D", b"\x7f"):
        yield Case.probe(decoded, first + bytes(8), task=3, group=group, message="typecode")
    yield Case.probe(decoded, b"", task=3, group=group, message="typecode")
    for typecode in gen.some(rng, "hHiIqQfd", 4):
        size = array(typecode).itemsize
        blob = typecode.encode() + bytes(size * rng.randint(0, 3) + rng.randint(1, size - 1))
        yield Case.probe(decoded, blob, task=3, group=group, message="multiple")


def _downsample_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        typecode = gen.pick(rng, ("i", "h", "b", "d", "f", "q"))
        if typecode in "fd":
            values = [
                float(gen.decimal(rng, places=2, lo=0, hi=40)) for _ in range(rng.randint(0, 30))
            ]
        else:
            values = [rng.randint(0, 120) for _ in range(rng.randint(0, 30))]
        factor = gen.pick(rng, (1, 2, 3, 4, 6, 7, 60, 100))
        yield Case.probe(averaged, typecode, values, factor, task=4)
    for factor in (0, -1, -60):
        yield Case.probe(averaged, "d", [1.0, 2.0], factor, task=4, group="downsample: bad factor",
                         message="factor")  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 140 cases per seed."""
    yield from _pack_cases(rng)
    yield from _typecode_cases(rng)
    yield from _bytes_cases(rng)
    yield from _downsample_cases(rng)
