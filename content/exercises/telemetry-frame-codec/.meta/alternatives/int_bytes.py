"""Telemetry frame codec with int.to_bytes/int.from_bytes instead of struct, and a
memoryview that is consumed frame by frame."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

RECORD_SIZE = 23


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


def _field(name: str, value: int, size: int, *, signed: bool = False) -> bytes:
    try:
        return value.to_bytes(size, "big", signed=signed)
    except OverflowError:
        raise ValueError(f"{name} does not fit in {size} bytes: {value}") from None


def pack_reading(reading: Reading) -> bytes:
    """The 23-byte big-endian record of ``reading``."""
    parts = [
        _field("device_id", reading.device_id, 4),
        _field("timestamp_ms", reading.timestamp_ms, 8),
    ]
    try:
        name = reading.sensor.encode("ascii")
    except UnicodeEncodeError:
        raise ValueError(f"sensor {reading.sensor!r} is not ASCII") from None
    if not name or len(name) > 8 or b"\0" in name:
        raise ValueError(f"sensor {reading.sensor!r}: 1 to 8 characters, no NUL")
    parts.append(name.ljust(8, b"\0"))
    parts.append(_field("temperature_centi", reading.temperature_centi, 2, signed=True))
    parts.append(_field("flags", reading.flags, 1))
    return b"".join(parts)


def unpack_reading(data: bytes) -> Reading:
    """The reading in one record of exactly ``RECORD_SIZE`` bytes."""
    if len(data) != RECORD_SIZE:
        raise FrameError(f"expected {RECORD_SIZE} bytes, got {len(data)}")
    field = bytes(data[12:20])
    name = field.rstrip(b"\0")
    if not name or b"\0" in name or max(name) > 127:
        raise FrameError(f"bad sensor field {field!r}")
    return Reading(
        int.from_bytes(data[0:4], "big"),
        int.from_bytes(data[4:12], "big"),
        name.decode("ascii"),
        int.from_bytes(data[20:22], "big", signed=True),
        data[22],
    )


def encode_frame(readings: Sequence[Reading]) -> bytes:
    """One frame: length prefix, header, records, CRC-32 of header and records."""
    if len(readings) >= 1 << 16:
        raise ValueError(f"{len(readings)} readings: a frame holds at most 65535")
    records = [pack_reading(reading) for reading in readings]
    body = b"TF\x01" + len(records).to_bytes(2, "big") + b"".join(records)
    return (len(body) + 4).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")


def _readings(content: memoryview) -> list[Reading]:
    if len(content) < 9:
        raise FrameError("frame too short")
    body = content[:-4]
    if zlib.crc32(body) != int.from_bytes(content[-4:], "big"):
        raise FrameError("checksum does not match")
    if bytes(body[:2]) != b"TF":
        raise FrameError("wrong magic")
    if body[2] != 1:
        raise FrameError(f"version {body[2]} unknown")
    count = int.from_bytes(body[3:5], "big")
    if len(body) - 5 != count * RECORD_SIZE:
        raise FrameError("record count and size disagree")
    return [unpack_reading(bytes(body[5 + i * 23 : 28 + i * 23])) for i in range(count)]


def decode_frame(data: bytes) -> list[Reading]:
    """The readings of ``data``, which must be exactly one frame."""
    view = memoryview(data)
    if len(view) < 4 or len(view) < 4 + int.from_bytes(view[:4], "big"):
        raise IncompleteFrame("frame is cut short")
    if len(view) > 4 + int.from_bytes(view[:4], "big"):
        raise FrameError("bytes after the frame")
    return _readings(view[4:])


def split_frames(buffer: bytes) -> tuple[list[list[Reading]], bytes]:
    """Every complete frame at the start of ``buffer``, decoded, and the bytes left over."""
    view = memoryview(buffer)
    frames = []
    while len(view) >= 4 and len(view) >= 4 + int.from_bytes(view[:4], "big"):
        end = 4 + int.from_bytes(view[:4], "big")
        frames.append(_readings(view[4:end]))
        view = view[end:]
    return frames, bytes(view)
