"""Splitting records into upload batches, and the resume cursor of an upload run."""

from __future__ import annotations

import base64
from collections.abc import Sequence

__all__ = ["CursorError", "batches", "decode_cursor", "encode_cursor"]


class CursorError(ValueError):
    """A cursor this module did not make."""


def batches(records: Sequence[bytes], max_items: int, max_bytes: int) -> list[list[bytes]]:
    """Consecutive batches of ``records``, in order, each holding at most ``max_items``
    records and at most ``max_bytes`` bytes; a record larger than ``max_bytes`` travels
    alone in its own batch.  No batch is empty."""
    if max_items < 1 or max_bytes < 1:
        raise ValueError("max_items and max_bytes must be positive")
    result: list[list[bytes]] = []
    current: list[bytes] = []
    size = 0
    for record in records:
        too_many = len(current) == max_items
        too_big = size + len(record) > max_bytes
        if current and (too_many or too_big and len(record) <= max_bytes):
            result.append(current)
            current, size = [], 0
        current.append(record)
        size += len(record)
    if current:
        result.append(current)
    return result


def encode_cursor(batch_index: int, last_key: str) -> str:
    """An opaque, URL-safe cursor: where an interrupted upload resumes."""
    if batch_index < 0:
        raise ValueError("batch_index must not be negative")
    raw = f"{batch_index}:{last_key}".encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, str]:
    """The ``(batch_index, last_key)`` an :func:`encode_cursor` cursor holds."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        index, last_key = raw.decode().split(":", 1)
        return int(index), last_key
    except (ValueError, UnicodeDecodeError) as exc:
        raise CursorError(f"not a cursor: {cursor!r}") from exc
