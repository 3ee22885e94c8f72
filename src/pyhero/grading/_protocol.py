"""Framing of the result channel: a 4-byte big-endian length, then one JSON object.

The plugin writes a ``header`` (collected node ids), one ``test`` record per test,
``collect_error`` records and a final ``end`` record.  The host accepts the stream only
when it is complete and consistent (see :func:`decode_stream`).
"""

from __future__ import annotations

import json
import math
import os
import struct
from collections.abc import Callable, Mapping
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
    writetests: dict[str, dict[str, Any]] = field(default_factory=dict)
    """A write-the-tests job's ``collection`` and ``coverage`` records, by part."""
    problems: list[str] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict, repr=False)
    """Each collected node id's place in the header."""

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
    """The supervisor's status: the one record of its channel, every known field well typed.

    ``None`` for anything else (no record, two records, a malformed one).
    """
    if len(data) < _LEN.size:
        return None
    (size,) = _LEN.unpack_from(data)
    if size != len(data) - _LEN.size:
        return None
    try:
        record = json.loads(data[_LEN.size :])
    except (ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or _malformed(record, _STATUS_FIELDS):
        return None
    return record


# What each field of a record may hold.  Unknown fields are ignored; a known field of the
# wrong type makes the record malformed: nothing downstream ever sees a surprising type.
_MAX_COUNT = 1 << 40
_MAX_LIST = 100_000
Check = Callable[[object], bool]


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _is_optional_str(value: object) -> bool:
    return value is None or isinstance(value, str)


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _is_count(value: object) -> bool:
    return type(value) is int and 0 <= value <= _MAX_COUNT


def _is_optional_int(value: object) -> bool:
    return value is None or (type(value) is int and -_MAX_COUNT <= value <= _MAX_COUNT)


def _is_amount(value: object) -> bool:
    """A duration or a CPU time: a finite, non-negative number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and 0 <= value <= _MAX_COUNT


def _is_str_list(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= _MAX_LIST
        and all(isinstance(item, str) for item in value)
    )


def _is_marks(value: object) -> bool:
    return isinstance(value, dict) and all(_is_amount(mark) for mark in value.values())


_RECORD_FIELDS: dict[str, dict[str, Check]] = {
    "header": {"count": _is_count, "nodeids": _is_str_list},
    "test": {
        "nodeid": _is_str,
        "name": _is_optional_str,
        "status": _is_str,
        "skipped": _is_bool,
        "message": _is_optional_str,
        "output": _is_optional_str,
        "output_chars": _is_count,
        "test_code": _is_optional_str,
        "task_id": _is_optional_int,
        "duration_ms": _is_amount,
    },
    "collect_error": {"nodeid": _is_optional_str, "message": _is_optional_str},
    "end": {
        "nonce": _is_str,
        "exitstatus": _is_optional_str,
        "tampered": _is_str_list,
        "memory_error": _is_bool,
        "output_overflow": _is_bool,
    },
    "tamper": {"reason": _is_str},
    "sealed": {"index": _is_count},
    "writetests": {"part": _is_str},
}
_REQUIRED = {
    "header": ("count", "nodeids"),
    "test": ("nodeid",),
    "sealed": ("index",),
    "writetests": ("part",),
}
_STATUS_FIELDS: dict[str, Check] = {
    "exit_code": _is_optional_int,
    "signal": _is_optional_int,
    "output": _is_str,
    "output_bytes": _is_count,
    "cpu_seconds": _is_amount,
    "maxrss_kb": _is_count,
    "timed_out": _is_bool,
    "finished": _is_bool,
    "done_garbage": _is_bool,
    "output_overflow": _is_bool,
    "memory_exceeded": _is_bool,
    "setup_error": _is_str,
    "marks": _is_marks,
    "quality": lambda value: isinstance(value, dict),  # read by _quality_verdict
}


def _malformed(record: Mapping[str, Any], fields: Mapping[str, Check]) -> list[str]:
    """The known fields of ``record`` whose value has the wrong type."""
    return [name for name, check in fields.items() if name in record and not check(record[name])]


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
    if not isinstance(kind, str) or kind not in _RECORD_FIELDS:
        stream.problems.append(f"unknown record type {str(kind)[:40]!r}")
        return
    missing = [name for name in _REQUIRED.get(kind, ()) if name not in record]
    wrong = missing + _malformed(record, _RECORD_FIELDS[kind])
    if wrong:
        stream.problems.append(f"malformed {kind} record ({', '.join(wrong)})")
        return
    if kind == "header":
        nodeids: list[str] = record["nodeids"]
        if stream.header is not None:
            stream.problems.append("repeated header")
            return
        positions = {nodeid: index for index, nodeid in enumerate(nodeids)}
        if len(positions) != len(nodeids) or record["count"] != len(nodeids):
            stream.problems.append("header count does not match its node ids")
            return
        stream.header = record
        stream.positions = positions
    elif kind == "collect_error":
        stream.collect_errors.append(record)
    elif kind == "test":
        nodeid: str = record["nodeid"]
        position = stream.positions.get(nodeid)
        if position is None:
            stream.problems.append(f"result for an unknown test {nodeid[:200]!r}")
        elif nodeid in stream.tests:
            stream.problems.append(f"two results for {nodeid[:200]!r}")
        elif position != len(stream.tests):
            stream.problems.append(f"result for {nodeid[:200]!r} out of order")
        else:
            stream.tests[nodeid] = record
    elif kind == "tamper":
        stream.tamper.append(record.get("reason", "")[:500])
    elif kind == "sealed":
        index: int = record["index"]
        if index in stream.sealed:
            stream.problems.append(f"repeated sealed record {index}")
        else:
            stream.sealed[index] = record
    elif kind == "writetests":
        part: str = record["part"]
        if part in stream.writetests:
            stream.problems.append(f"repeated {part[:40]!r} record")
        else:
            stream.writetests[part] = record
    else:
        stream.end = record
