"""Sealed cases for telemetry-frame-codec.

Records at every field's limits and one past them (one bad field per case, so which error
wins never matters), sensor names of 1 and 8 characters, with non-ASCII letters, NUL
characters, nine characters; raw records whose sensor field has a NUL before a letter, a
byte above 127, only padding, and records one byte short or long. Frames empty and
full, truncated at every kind of place, with trailing bytes, with too short a length,
with a flipped bit (checksum) and with a bad magic, version, count or sensor under a
correct checksum; a bad magic under a wrong checksum (the checksum comes first); 65535
and 65536 readings. Streams of several frames cut into chunks of 1 to 40 bytes, buffers
ending inside the next length prefix, and a corrupt frame after good ones.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "telemetry_frame_codec"

FRAME_ERRORS = ("IncompleteFrame", "FrameError", "ValueError")
LIMITS = {
    "device_id": (0, 2**32 - 1),
    "timestamp_ms": (0, 2**64 - 1),
    "temperature_centi": (-(2**15), 2**15 - 1),
    "flags": (0, 255),
}
SENSORS = ("t", "temp", "hum", "co2", "abcdefgh", "Boiler-2", "x_y.z", " pad ", "~", "A1")
BAD_SENSORS = ("", "pressure1", "temperature", "températ", "\0", "ab\0c", "t\0", "°C",
               "温度", "ab\x7fcdefgh")  # fmt: skip


def _value(rng: random.Random, field: str) -> int:
    low, high = LIMITS[field]
    return gen.pick(rng, (low, high, low + 1, high - 1, rng.randint(low, high)))


def _fields(rng: random.Random) -> list[Any]:
    return [_value(rng, "device_id"), _value(rng, "timestamp_ms"), gen.pick(rng, SENSORS),
            _value(rng, "temperature_centi"), _value(rng, "flags")]  # fmt: skip


def _record(fields: list[Any]) -> bytes:
    device, stamp, sensor, temperature, flags = fields
    return struct.pack(">IQ8shB", device, stamp, sensor.encode(), temperature, flags)


def _body(records: list[bytes], *, magic: bytes = b"TF", version: int = 1,
          count: int | None = None) -> bytes:  # fmt: skip
    number = len(records) if count is None else count
    return magic + struct.pack(">BH", version, number) + b"".join(records)


def _frame(body: bytes, *, crc: int | None = None, length: int | None = None) -> bytes:
    checksum = zlib.crc32(body) if crc is None else crc
    size = len(body) + 4 if length is None else length
    return struct.pack(">I", size) + body + struct.pack(">I", checksum)


def _good_frame(rng: random.Random, most: int = 4) -> bytes:
    return _frame(_body([_record(_fields(rng)) for _ in range(rng.randint(0, most))]))


def _as_tuples(readings: Any) -> list[tuple[Any, ...]]:
    return [(r.device_id, r.timestamp_ms, r.sensor, r.temperature_centi, r.flags)
            for r in readings]  # fmt: skip


def pack(solution, fields, field=None):  # type: ignore[no-untyped-def]
    """``pack_reading`` of a reading built from ``fields``; ``field`` names the bad one."""
    reading = solution.Reading(*fields)
    return observe(solution.pack_reading, reading, errors=("ValueError",), message=field)


def round_trip(solution, fields):  # type: ignore[no-untyped-def]
    reading = solution.Reading(*fields)
    record = solution.pack_reading(reading)
    back = solution.unpack_reading(record)
    return {"record": record, "back": _as_tuples([back]), "equal": back == reading}


def unpack(solution, data):  # type: ignore[no-untyped-def]
    return observe(lambda: _as_tuples([solution.unpack_reading(data)]), errors=("FrameError",))


def encode(solution, readings):  # type: ignore[no-untyped-def]
    frame = solution.encode_frame([solution.Reading(*fields) for fields in readings])
    return {"frame": frame, "decoded": _as_tuples(solution.decode_frame(frame))}


def encode_bad(solution, readings, field):  # type: ignore[no-untyped-def]
    built = [solution.Reading(*fields) for fields in readings]
    return observe(solution.encode_frame, built, errors=("ValueError",), message=field)


def many(solution, count):  # type: ignore[no-untyped-def]
    readings = [solution.Reading(count, count, "bulk", -1, 1)] * count
    outcome = observe(lambda: solution.encode_frame(readings), errors=("ValueError",))
    if not outcome.returned:
        return outcome
    frame = outcome.value
    return {"size": len(frame), "crc": zlib.crc32(frame), "head": frame[:32]}


def decode(solution, data, message=None):  # type: ignore[no-untyped-def]
    return observe(lambda: _as_tuples(solution.decode_frame(data)), errors=FRAME_ERRORS,
                   message=message)  # fmt: skip


def split(solution, buffer):  # type: ignore[no-untyped-def]
    def run() -> Any:
        frames, rest = solution.split_frames(buffer)
        return {"frames": [_as_tuples(frame) for frame in frames], "rest": bytes(rest)}

    return observe(run, errors=FRAME_ERRORS)


def stream(solution, stream_bytes, sizes):  # type: ignore[no-untyped-def]
    """The service loop over ``stream_bytes`` cut into chunks of the given sizes."""
    pending, calls = b"", []
    position = 0
    for size in sizes:
        chunk = stream_bytes[position : position + size]
        position += size
        frames, pending = solution.split_frames(pending + chunk)
        calls.append([_as_tuples(frame) for frame in frames])
    return {"calls": calls, "pending": bytes(pending)}


def _record_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        yield Case.probe(pack, _fields(rng), task=1)
        yield Case.probe(round_trip, _fields(rng), task=1)
    group = "pack_reading: out of range"
    for field, (low, high) in LIMITS.items():
        index = ("device_id", "timestamp_ms", "temperature_centi", "flags").index(field)
        for bad in (low - 1, high + 1, gen.pick(rng, (low - 2**40, high + 2**70))):
            fields = _fields(rng)
            fields[index if index < 2 else index + 1] = bad
            yield Case.probe(pack, fields, field, task=1, group=group)
    for sensor in BAD_SENSORS:
        fields = _fields(rng)
        fields[2] = sensor
        yield Case.probe(pack, fields, "sensor", task=1, group="pack_reading: bad sensor")
    group = "unpack_reading: bad records"
    for _ in range(3):
        record = _record(_fields(rng))
        for data in (record[:-1], record + b"\0", b"", record[: rng.randint(1, 21)],
                     record + record):  # fmt: skip
            yield Case.probe(unpack, data, task=1, group=group)
    for name in (b"\0" * 8, b"ab\0c\0\0\0\0", b"\0abc\0\0\0\0", b"caf\xe9\0\0\0\0",
                 b"\xff" * 8, b"abcdefg\x80", b"abcdefgh", b"a" + b"\0" * 7):  # fmt: skip
        record = _record(_fields(rng))
        yield Case.probe(unpack, record[:12] + name + record[20:], task=1, group=group)


def _frame_cases(rng: random.Random) -> Iterator[Case]:
    for most in (0, 1, 3, 6, 6, 6):
        readings = [_fields(rng) for _ in range(rng.randint(0, most))]
        yield Case.probe(encode, readings, task=2)
    bad = _fields(rng)
    bad[2] = gen.pick(rng, ("pressure1", "°C"))
    yield Case.probe(encode_bad, [_fields(rng), bad], "sensor", task=2, group="encode_frame: bad")
    yield Case.probe(many, 65535, task=2, group="encode_frame: 65535 readings")
    yield Case.probe(many, 65536, task=2, group="encode_frame: 65536 readings")
    group = "decode_frame: incomplete or trailing"
    for _ in range(6):
        frame = _good_frame(rng)
        for data in (frame[: rng.randint(0, 3)], frame[: rng.randint(4, len(frame) - 1)],
                     frame + bytes(rng.randint(1, 5)), frame + _good_frame(rng)):  # fmt: skip
            yield Case.probe(decode, data, task=2, group=group)
    group = "decode_frame: too short"
    for length in range(9):
        yield Case.probe(decode, struct.pack(">I", length) + b"TF\x01\x00\x00\x00\x00\x00"[:length],
                         task=2, group=group)  # fmt: skip
    group = "decode_frame: checksum"
    for _ in range(8):
        frame = bytearray(_good_frame(rng, 3))
        frame[rng.randrange(4, len(frame))] ^= 1 << rng.randrange(8)
        yield Case.probe(decode, bytes(frame), "checksum", task=2, group=group)
    records = [_record(_fields(rng)) for _ in range(2)]
    group = "decode_frame: header under a good checksum"
    for magic in (b"TG", b"tf", b"FT", b"\0\0"):
        yield Case.probe(decode, _frame(_body(records, magic=magic)), "magic", task=2, group=group)
        wrong_crc = _frame(_body(records, magic=magic), crc=zlib.crc32(_body(records)))
        yield Case.probe(decode, wrong_crc, "checksum", task=2, group=group)
    for version in (0, 2, 255):
        body = _body(records, version=version)
        yield Case.probe(decode, _frame(body), "version", task=2, group=group)
    for count in (0, 1, 3, 65535):
        yield Case.probe(decode, _frame(_body(records, count=count)), "count", task=2,
                         group=group)  # fmt: skip
    yield Case.probe(decode, _frame(_body([*records, b"x" * 5])), "count", task=2, group=group)
    for name in (b"\0" * 8, b"a\0b\0\0\0\0\0", b"\xe9t\xe9\0\0\0\0\0"):
        bad_record = records[0][:12] + name + records[0][20:]
        yield Case.probe(decode, _frame(_body([records[1], bad_record])), task=2, group=group)
    for _ in range(10):
        yield Case.probe(decode, _good_frame(rng, 5), task=2, group="decode_frame: valid")


def _split_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(12):
        frames = [_good_frame(rng, 3) for _ in range(rng.randint(1, 4))]
        whole = b"".join(frames)
        sizes: list[int] = []
        while sum(sizes) < len(whole):
            sizes.append(gen.pick(rng, (1, 2, 3, 4, 5, 9, 23, 40, rng.randint(1, 80))))
        yield Case.probe(stream, whole, sizes, task=3)
    group = "split_frames: one buffer"
    for _ in range(10):
        frames = b"".join(_good_frame(rng, 2) for _ in range(rng.randint(0, 3)))
        following = _good_frame(rng, 2)
        tail = following[: gen.pick(rng, (0, 1, 2, 3, 4, 5, rng.randrange(len(following))))]
        yield Case.probe(split, frames + tail, task=3, group=group)
    group = "split_frames: corrupt frame"
    for _ in range(4):
        good = _good_frame(rng, 2)
        broken = bytearray(_good_frame(rng, 2))
        broken[rng.randrange(4, len(broken))] ^= 0x40
        yield Case.probe(split, good + bytes(broken) + good[:3], task=3, group=group)
    yield Case.probe(split, struct.pack(">I", 3) + b"abc", task=3, group=group)
    yield Case.probe(split, struct.pack(">I", 3) + b"ab", task=3, group=group)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 230 cases per seed over the three tasks."""
    yield from _record_cases(rng)
    yield from _frame_cases(rng)
    yield from _split_cases(rng)
