"""Framing of the result channel: a 4-byte big-endian length, then one JSON object.

The plugin writes a ``header`` (collected node ids), one ``test`` record per test,
``collect_error`` records and a final ``end`` record.  The host accepts the stream only
when it is complete and consistent (see :func:`decode_stream`).
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DONE",
    "MAX_JOB_MESSAGE",
    "MAX_RECORD",
    "MAX_STREAM",
    "TAMPER_EXIT",
    "Stream",
    "decode_single",
    "decode_stream",
    "encode_record",
    "record_complete",
    "write_all",
]

MAX_RECORD = 1 << 20
MAX_JOB_MESSAGE = 1 << 16
"""Largest job message on a go pipe (test file names, limits, nonce)."""
DONE = b"DONE"
"""What the grader's runner writes on its own pipe once the session really ended."""
TAMPER_EXIT = 86
"""Exit status of a test process that the grader ended because the code under test tampered."""
MAX_STREAM = 16 << 20
_LEN = struct.Struct(">I")
_os_write = os.write  # bound at import, before any submission code can replace os.write
_dumps = json.dumps


def encode_record(record: dict[str, Any]) -> bytes:
    body = _dumps(record, ensure_ascii=True, separators=(",", ":")).encode()
    return _LEN.pack(len(body)) + body


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = _os_write(fd, view)
        view = view[written:]


@dataclass
class Stream:
    """What the host made of the result channel."""

    header: dict[str, Any] | None = None
    tests: dict[str, dict[str, Any]] = field(default_factory=dict)
    collect_errors: list[dict[str, Any]] = field(default_factory=list)
    end: dict[str, Any] | None = None
    tamper: list[str] = field(default_factory=list)
    sealed: dict[int, dict[str, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.header is not None and self.end is not None

    @property
    def consistent(self) -> bool:
        return not self.problems


def record_complete(data: bytes | bytearray) -> bool:
    """Whether ``data`` holds one whole record (and nothing more)."""
    return len(data) >= _LEN.size and _LEN.unpack_from(data)[0] == len(data) - _LEN.size


def decode_single(data: bytes) -> dict[str, Any] | None:
    """The one record of a channel that carries exactly one (the supervisor's status)."""
    if len(data) < _LEN.size:
        return None
    (size,) = _LEN.unpack_from(data)
    if size != len(data) - _LEN.size:
        return None
    try:
        record = json.loads(data[_LEN.size :])
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


def decode_stream(data: bytes, nonce: str | None = None) -> Stream:
    """Parse the channel bytes; anything odd is listed in ``problems``.

    With ``nonce``, the end record must carry it (only the grader's own code has it).
    """
    stream = Stream()
    offset = 0
    while offset < len(data):
        if len(data) - offset < _LEN.size:
            stream.problems.append("truncated frame")
            break
        (size,) = _LEN.unpack_from(data, offset)
        offset += _LEN.size
        if size > MAX_RECORD or offset + size > len(data):
            stream.problems.append("truncated or oversized frame")
            break
        try:
            record = json.loads(data[offset : offset + size])
        except (ValueError, RecursionError):
            stream.problems.append("undecodable frame")
            break
        offset += size
        if not isinstance(record, dict):
            stream.problems.append("frame is not an object")
            break
        _accept(stream, record)
    if stream.end is not None and nonce is not None and stream.end.get("nonce") != nonce:
        stream.problems.append("an end-of-session record the grader did not write")
    return stream


def _accept(stream: Stream, record: dict[str, Any]) -> None:
    kind = record.get("type")
    if stream.end is not None:
        stream.problems.append("record after end of session")
        return
    if kind == "header":
        nodeids = record.get("nodeids")
        if stream.header is not None or not isinstance(nodeids, list):
            stream.problems.append("bad or repeated header")
            return
        if len(set(nodeids)) != len(nodeids) or record.get("count") != len(nodeids):
            stream.problems.append("header count does not match its node ids")
            return
        stream.header = record
    elif kind == "collect_error":
        stream.collect_errors.append(record)
    elif kind == "test":
        nodeid = record.get("nodeid")
        if stream.header is None or nodeid not in stream.header["nodeids"]:
            stream.problems.append(f"result for an unknown test {nodeid!r}")
        elif nodeid in stream.tests:
            stream.problems.append(f"two results for {nodeid!r}")
        elif stream.header["nodeids"][len(stream.tests)] != nodeid:
            stream.problems.append(f"result for {nodeid!r} out of order")
        else:
            stream.tests[nodeid] = record
    elif kind == "end":
        stream.end = record
    elif kind == "tamper":
        stream.tamper.append(str(record.get("reason"))[:500])
    elif kind == "sealed":
        index = record.get("index")
        if type(index) is not int or index < 0 or index in stream.sealed:
            stream.problems.append(f"bad or repeated sealed record {index!r}")
        else:
            stream.sealed[index] = record
    else:
        stream.problems.append(f"unknown record type {kind!r}")
