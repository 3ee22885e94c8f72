"""Whatever arrives on the result and status channels, the host ends with a GradeResult.

Hypothesis builds arbitrary byte streams, records of every known type with fields of any
JSON type (huge numbers, NaN, lone surrogates, deep nesting) and supervisor status records;
``decode_stream`` + ``decode_single`` + ``judge`` must return a result that serialises.
"""

from __future__ import annotations

import json
import struct
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyhero.exercise import Limits
from pyhero.grading import GradeResult, Isolation
from pyhero.grading._protocol import decode_single, decode_stream, encode_record
from pyhero.grading._verdict import judge

NONCE = "ab" * 16
NODES = ["t_test.py::test_a", "t_test.py::T::test_b[1]", "t_test.py::test_c"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**300), max_value=10**300),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["pass", "fail", "error", "\ud800", "\u202e", "\x00", NONCE, *NODES]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_FIELDS = {
    "header": ["count", "nodeids"],
    "test": [
        "nodeid", "name", "status", "skipped", "message", "output", "output_chars",
        "test_code", "task_id", "duration_ms",
    ],
    "collect_error": ["nodeid", "message"],
    "end": ["nonce", "exitstatus", "tampered", "memory_error", "output_overflow"],
}  # fmt: skip
_STATUS = [
    "exit_code", "signal", "output", "output_bytes", "cpu_seconds", "maxrss_kb", "timed_out",
    "finished", "done_garbage", "output_overflow", "memory_exceeded", "setup_error", "marks",
]  # fmt: skip


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from([*_FIELDS, "bogus"]) | values)
    record: dict[str, Any] = {"type": kind}
    names = _FIELDS.get(kind, []) if isinstance(kind, str) else []
    for name in draw(st.lists(st.sampled_from(names), unique=True)) if names else []:
        record[name] = draw(values)
    if kind == "test" and draw(st.booleans()):
        record["nodeid"] = draw(st.sampled_from(NODES))
    return record


def plausible(nodeids: list[str]) -> st.SearchStrategy[list[dict[str, Any]]]:
    """A header, results in order with arbitrary fields, an end: the deep paths of judge."""
    header = {"type": "header", "count": len(nodeids), "nodeids": nodeids}
    tests = st.tuples(*[records() for _ in nodeids]).map(
        lambda drawn: [
            {**record, "type": "test", "nodeid": nodeid}
            for record, nodeid in zip(drawn, nodeids, strict=True)
        ]
    )
    end = records().map(lambda record: {**record, "type": "end", "nonce": NONCE})
    return st.tuples(tests, end).map(lambda parts: [header, *parts[0], parts[1]])


def _frame(record: Any) -> bytes:
    try:
        return encode_record(record)
    except (ValueError, TypeError):  # not JSON-encodable (a key that is not a string)
        return b""


streams = st.one_of(
    st.binary(max_size=200),
    st.lists(records(), max_size=6).map(lambda items: b"".join(map(_frame, items))),
    plausible(NODES).map(lambda items: b"".join(map(_frame, items))),
    st.builds(
        lambda body, size: struct.pack(">I", size) + body,
        st.binary(max_size=50),
        st.integers(min_value=0, max_value=2**32 - 1),
    ),
)
statuses = st.one_of(
    st.none(),
    st.binary(max_size=60),
    st.dictionaries(st.sampled_from(_STATUS), values).map(_frame),
    st.fixed_dictionaries(
        {"finished": st.just(True), "exit_code": st.none(), "signal": st.none()},
        optional={
            name: values for name in _STATUS if name not in ("finished", "exit_code", "signal")
        },
    ).map(_frame),
)


def _deep(depth: int) -> bytes:
    body = b"[" * depth + b"]" * depth
    return struct.pack(">I", len(body)) + body


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=streams, status=statuses)
def test_any_stream_and_status_end_in_a_serialisable_result(data: bytes, status: Any) -> None:
    result = _judge(data, status)
    assert isinstance(result, GradeResult)
    json.loads(result.model_dump_json())
    json.dumps(result.to_exercism(), ensure_ascii=False).encode("utf-8")


def _judge(data: bytes, status: bytes | None) -> GradeResult:
    return judge(
        decode_stream(data, NONCE),
        decode_single(status) if status is not None else None,
        limits=Limits(),
        slug="fuzz",
        isolation=Isolation.local,
        duration_ms=1.0,
        workdirs=("/run/exercise",),
    )


def test_deep_nesting_and_huge_numbers_are_refused_not_fatal() -> None:
    deep = _deep(100_000)
    assert decode_stream(deep, NONCE).problems
    assert decode_single(deep) is None
    huge = b'{"type": "header", "count": ' + b"9" * 5000 + b', "nodeids": []}'
    assert decode_stream(struct.pack(">I", len(huge)) + huge, NONCE).problems
    assert _judge(deep, deep).verdict == "crashed"


def test_wrongly_typed_fields_are_tampering() -> None:
    header: dict[str, Any] = {"type": "header", "count": 1, "nodeids": NODES[:1]}
    bad: dict[str, Any]
    for bad in (
        {"duration_ms": "12"},
        {"duration_ms": float("inf")},
        {"nodeid": ["t_test.py::test_a"]},
        {"nodeid": {"a": 1}},
        {"output_chars": -1},
        {"task_id": True},
        {"message": 12},
    ):
        test: dict[str, Any] = {"type": "test", "nodeid": NODES[0], "status": "pass", **bad}
        end: dict[str, Any] = {"type": "end", "nonce": NONCE, "tampered": []}
        stream = decode_stream(b"".join(map(encode_record, (header, test, end))), NONCE)
        assert stream.problems, bad
    end = {"type": "end", "nonce": NONCE, "tampered": "not a list"}
    assert decode_stream(b"".join(map(encode_record, (header, end))), NONCE).problems
    status = {"finished": True, "cpu_seconds": "fast"}
    assert decode_single(encode_record(status)) is None
