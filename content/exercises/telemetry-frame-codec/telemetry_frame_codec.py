"""Telemetry frame codec: fixed-layout records and checksummed, length-prefixed frames."""

from __future__ import annotations

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


def pack_reading(reading: Reading) -> bytes:
    """The 23-byte big-endian record of ``reading``."""
    raise NotImplementedError


def unpack_reading(data: bytes) -> Reading:
    """The reading in one record of exactly ``RECORD_SIZE`` bytes."""
    raise NotImplementedError


def encode_frame(readings: Sequence[Reading]) -> bytes:
    """One frame: length prefix, header, records, CRC-32 of header and records."""
    raise NotImplementedError


def decode_frame(data: bytes) -> list[Reading]:
    """The readings of ``data``, which must be exactly one frame."""
    raise NotImplementedError


def split_frames(buffer: bytes) -> tuple[list[list[Reading]], bytes]:
    """Every complete frame at the start of ``buffer``, decoded, and the bytes left over."""
    raise NotImplementedError
