"""Writes the record format without a byte-order character, ``"IQ8shB"``.

The native layout is little-endian on most machines and aligns the 8-byte timestamp,
so 4 padding bytes follow the device id and a record is 27 bytes. The visible tests
check the size and the exact bytes.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

RECORD = struct.Struct("IQ8shB")
RECORD_SIZE = RECORD.size
MAGIC = b"TF"
VERSION = 1
PREFIX = struct.Struct(">I")
HEADER = struct.Struct(">2sBH")
CRC = struct.Struct(">I")
MAX_COUNT = 0xFFFF

_RANGES = {
    "device_id": (0, 2**32 - 1),
    "timestamp_ms": (0, 2**64 - 1),
    "temperature_centi": (-(2**15), 2**15 - 1),
    "flags": (0, 255),
}


class FrameError(ValueError):
    """Bytes that are not a valid record or frame."""


class IncompleteFrame(FrameError):
    """Bytes that end before the record or frame does."""


@dataclass(frozen=True)
class Reading:
    """One sensor reading, as the devices report it."""

    device_id: int
    timestamp_ms: int
    sensor: str
    temperature_centi: int
    flags: int


def pack_reading(reading: Reading) -> bytes:
    """The 23-byte big-endian record of ``reading``."""
    for field, (low, high) in _RANGES.items():
        value = getattr(reading, field)
        if not low <= value <= high:
            raise ValueError(f"{field} {value} is outside {low}..{high}")
    sensor = reading.sensor
    if not 1 <= len(sensor) <= 8 or not sensor.isascii() or "\0" in sensor:
        raise ValueError(f"sensor {sensor!r} is not 1 to 8 ASCII characters without NUL")
    return RECORD.pack(
        reading.device_id,
        reading.timestamp_ms,
        sensor.encode("ascii"),
        reading.temperature_centi,
        reading.flags,
    )


def unpack_reading(data: bytes) -> Reading:
    """The reading in one record of exactly ``RECORD_SIZE`` bytes."""
    if len(data) != RECORD_SIZE:
        raise FrameError(f"a record is {RECORD_SIZE} bytes, got {len(data)}")
    device_id, timestamp_ms, raw_sensor, temperature_centi, flags = RECORD.unpack(data)
    name = raw_sensor.rstrip(b"\0")
    if not name or b"\0" in name or not name.isascii():
        raise FrameError(f"sensor field {raw_sensor!r} is not a padded ASCII name")
    return Reading(device_id, timestamp_ms, name.decode("ascii"), temperature_centi, flags)


def encode_frame(readings: Sequence[Reading]) -> bytes:
    """One frame: length prefix, header, records, CRC-32 of header and records."""
    if len(readings) > MAX_COUNT:
        raise ValueError(f"a frame holds at most {MAX_COUNT} readings, got {len(readings)}")
    body = HEADER.pack(MAGIC, VERSION, len(readings))
    body += b"".join(pack_reading(reading) for reading in readings)
    return PREFIX.pack(len(body) + CRC.size) + body + CRC.pack(zlib.crc32(body))


def decode_frame(data: bytes) -> list[Reading]:
    """The readings of ``data``, which must be exactly one frame."""
    if len(data) < PREFIX.size:
        raise IncompleteFrame(f"{len(data)} bytes cannot hold the length prefix")
    (length,) = PREFIX.unpack_from(data)
    end = PREFIX.size + length
    if len(data) < end:
        raise IncompleteFrame(f"the frame needs {end} bytes, got {len(data)}")
    if len(data) > end:
        raise FrameError(f"{len(data) - end} trailing bytes after the frame")
    return _decode_body(data[PREFIX.size : end])


def _decode_body(content: bytes) -> list[Reading]:
    if len(content) < HEADER.size + CRC.size:
        raise FrameError(f"a frame length of {len(content)} is too short")
    body, (crc,) = content[: -CRC.size], CRC.unpack(content[-CRC.size :])
    if zlib.crc32(body) != crc:
        raise FrameError("checksum mismatch")
    magic, version, count = HEADER.unpack_from(body)
    if magic != MAGIC:
        raise FrameError(f"bad magic {magic!r}")
    if version != VERSION:
        raise FrameError(f"unsupported version {version}")
    if len(body) != HEADER.size + count * RECORD_SIZE:
        raise FrameError(f"the count {count} does not match the frame length")
    return [
        unpack_reading(body[start : start + RECORD_SIZE])
        for start in range(HEADER.size, len(body), RECORD_SIZE)
    ]


def split_frames(buffer: bytes) -> tuple[list[list[Reading]], bytes]:
    """Every complete frame at the start of ``buffer``, decoded, and the bytes left over."""
    frames: list[list[Reading]] = []
    position = 0
    while len(buffer) - position >= PREFIX.size:
        (length,) = PREFIX.unpack_from(buffer, position)
        end = position + PREFIX.size + length
        if end > len(buffer):
            break
        frames.append(_decode_body(buffer[position + PREFIX.size : end]))
        position = end
    return frames, buffer[position:]
