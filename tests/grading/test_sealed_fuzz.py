"""Whatever observations a learner's job sends for the sealed cases, the host judges them.

The observations come from the job: code under test can wrap anything in the observer's own
``Encoded`` type or write the result channel itself. Hypothesis builds tag-shaped JSON with
payloads of any shape (a zero denominator, a float tag holding text, overflowing dates,
nesting past the recursion limit) against a reference whose observations are real
encodings; ``judge`` must return a result that serialises, and none of it agrees.
"""

from __future__ import annotations

import json
import struct
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyhero.exercise import Limits
from pyhero.grading import GradeResult, Isolation, Verdict
from pyhero.grading._protocol import decode_stream, encode_record
from pyhero.grading._reference import Reference
from pyhero.grading._sealed_item import SEALED_NODEID
from pyhero.grading._verdict import judge
from pyhero.sealed import agree, describe_observation, encode_observation
from pyhero.sealed._compare import UNREADABLE, difference
from pyhero.sealed._values import ENCODERS

NONCE = "cd" * 16
NODES = ["t_test.py::test_a", SEALED_NODEID]
TAGS = sorted(
    {"$returned", "$raised", "$dict", "$set", "$frozenset", "$tuple", "$object", "$enum"}
    | {"$opaque", "$type", "$exception", "$cycle", "$unobservable", "$str", "$int", "$float"}
    | {"$complex", "$fraction", "$date", "$time", "$datetime", "$timedelta", "$decimal"}
    | {"$bytes", "$uuid", "$ip", "$path", "$timezone", "$zoneinfo", "$tzinfo"}
)
EXPECTED_VALUES: list[Any] = [
    3,
    -(10**4000),
    0.1,
    float("nan"),
    complex(1, -2),
    Fraction(1, 3),
    Decimal("1.10"),
    "text",
    b"\x00",
    (1, [2.5, {"k": {3}}]),
    date(2024, 2, 29),
    datetime(2024, 3, 31, 2, 30, tzinfo=UTC),
    timedelta(days=-1, microseconds=5),
]
assert {type(value) for value in EXPECTED_VALUES} - {list, tuple, str, int} <= set(ENCODERS)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**300), max_value=10**300),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["nan", "zz", "1e999", "-0.0", "UTC", "../../etc/passwd"]),
)
observations = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.builds(lambda tag, payload: {tag: payload}, st.sampled_from(TAGS), inner)
        | st.dictionaries(st.sampled_from([*TAGS, "message", "matches", "x"]), inner, max_size=3)
    ),
    max_leaves=16,
)


def _nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = {"$returned": [value]}
    return value


def _stream(actual: list[Any]) -> bytes:
    records: list[dict[str, Any]] = [
        {"type": "header", "count": len(NODES), "nodeids": NODES},
        {"type": "test", "nodeid": NODES[0], "status": "pass"},
    ]
    records += [
        {"type": "sealed", "index": index, "observation": observation}
        for index, observation in enumerate(actual)
    ]
    records += [
        {"type": "test", "nodeid": NODES[1], "status": "pass"},
        {"type": "end", "nonce": NONCE, "tampered": []},
    ]
    frames = []
    for record in records:
        try:
            frames.append(encode_record(record))
        except (ValueError, TypeError, RecursionError):
            frames.append(struct.pack(">I", 2) + b"{}")
    return b"".join(frames)


def _judge(actual: list[Any]) -> GradeResult:
    expected = [{"$returned": encode_observation(value)} for value in EXPECTED_VALUES]
    reference = Reference(
        nodeids=tuple(NODES),
        seed=1,
        cases=tuple({"kind": "call", "target": "f", "args": [n]} for n in range(len(expected))),
        observations=tuple(expected),
    )
    return judge(
        decode_stream(_stream(actual), NONCE),
        {"finished": True, "exit_code": 0, "signal": None},
        limits=Limits(),
        slug="fuzz",
        isolation=Isolation.local,
        duration_ms=1.0,
        workdirs=("/run/exercise",),
        reference=reference,
    )


def _check(result: GradeResult) -> None:
    assert isinstance(result, GradeResult)
    json.loads(result.model_dump_json())
    json.dumps(result.to_exercism(), ensure_ascii=False).encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(observations, min_size=len(EXPECTED_VALUES), max_size=len(EXPECTED_VALUES)))
def test_any_sealed_observation_ends_in_a_verdict(actual: list[Any]) -> None:
    result = _judge(actual)
    _check(result)
    # Same-shaped tags: each is the expected tag holding an arbitrary payload.
    expected = [{"$returned": encode_observation(value)} for value in EXPECTED_VALUES]
    shaped = [
        {"$returned": dict.fromkeys(observation["$returned"], payload)}
        if isinstance(observation["$returned"], dict)
        else {"$returned": payload}
        for observation, payload in zip(expected, actual, strict=True)
    ]
    _check(_judge(shaped))


def test_observations_no_codec_makes_disagree_and_are_described_as_such() -> None:
    garbage = [
        {"$returned": {"$fraction": [1, 0]}},
        {"$returned": {"$float": "not a float"}},
        {"$returned": {"$complex": 5}},
        {"$returned": {"$complex": ["x", "y"]}},
        {"$returned": {"$date": [10**30, 1, 1]}},
        {"$returned": {"$timedelta": [10**30, 0, 0]}},
        {"$returned": {"$str": [-1]}},
        {"$returned": {"$int": "not hex"}},
        {"$returned": {"$dict": 5}},
        {"$returned": {"a": 1, "b": 2}},
        {"$returned": {"$zoneinfo": "../../etc/passwd"}},
        _nested(300),
    ]
    for observation in garbage:
        for value in EXPECTED_VALUES:
            expected = {"$returned": encode_observation(value)}
            assert not agree(expected, observation)
            assert isinstance(difference(expected, observation), str)
        assert isinstance(describe_observation(observation), str)
    assert describe_observation(_nested(2000)) == UNREADABLE
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(20_000)  # deep nesting is refused by depth, not by RecursionError
    try:
        assert describe_observation(_nested(2000)) == UNREADABLE
        assert difference({"$returned": 1}, _nested(2000)) == ""
    finally:
        sys.setrecursionlimit(old_limit)
    result = _judge(garbage + [None] * (len(EXPECTED_VALUES) - len(garbage)))
    _check(result)
    assert result.verdict is Verdict.failed
    assert result.sealed is not None
    assert result.sealed.agreed == 0
