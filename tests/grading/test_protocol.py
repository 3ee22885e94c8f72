"""The result channel: only a complete, consistent, grader-signed stream is trusted."""

from __future__ import annotations

from typing import Any

from pyhero.grading._protocol import decode_single, decode_stream, encode_record

NODES = ["t.py::test_a", "t.py::test_b"]


def _test(nodeid: str) -> dict[str, Any]:
    return {"type": "test", "nodeid": nodeid, "status": "pass"}


def _stream(*records: dict[str, Any]) -> bytes:
    return b"".join(encode_record(record) for record in records)


HEADER = {"type": "header", "count": 2, "nodeids": NODES}
END = {"type": "end", "nonce": "n0nce", "tampered": []}


def test_a_complete_stream_is_accepted() -> None:
    stream = decode_stream(_stream(HEADER, _test(NODES[0]), _test(NODES[1]), END), "n0nce")
    assert stream.complete
    assert stream.consistent
    assert list(stream.tests) == NODES


def test_missing_end_is_incomplete() -> None:
    stream = decode_stream(_stream(HEADER, _test(NODES[0])), "n0nce")
    assert not stream.complete


def test_forged_end_without_the_nonce_is_a_problem() -> None:
    stream = decode_stream(_stream(HEADER, _test(NODES[0]), _test(NODES[1]), END), "other")
    assert stream.problems


def test_duplicates_unknown_ids_and_reordering_are_problems() -> None:
    for records in (
        (HEADER, _test(NODES[0]), _test(NODES[0]), END),
        (HEADER, _test("t.py::test_zzz"), END),
        (HEADER, _test(NODES[1]), _test(NODES[0]), END),
        (HEADER, _test(NODES[0]), _test(NODES[1]), END, _test(NODES[1])),
        ({"type": "header", "count": 3, "nodeids": NODES}, END),
    ):
        assert decode_stream(_stream(*records), "n0nce").problems, records


def test_garbage_and_truncation_are_problems() -> None:
    good = _stream(HEADER, _test(NODES[0]))
    assert decode_stream(good[:-3]).problems
    assert decode_stream(good + b"\x00\x00\x00\x05nope!").problems
    assert decode_stream(b"\xff\xff\xff\xff").problems


def test_decode_single_wants_exactly_one_record() -> None:
    assert decode_single(encode_record({"a": 1})) == {"a": 1}
    assert decode_single(encode_record({"a": 1}) * 2) is None
    assert decode_single(b"") is None
