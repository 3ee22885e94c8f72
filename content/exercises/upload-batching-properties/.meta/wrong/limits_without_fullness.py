"""Checks that no batch breaks a limit, but never that batches are as full as allowed, so a
batcher that closes its batches too early (one that never resets its byte count) passes.
It also tests an oversized record only when it comes first.

"Never too big" is half of the contract; "not too small" is the other half.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upload_batches import CursorError, batches, decode_cursor, encode_cursor

settings.register_profile("ci", derandomize=True, database=None, max_examples=300)
settings.load_profile("ci")


@given(st.lists(st.binary(min_size=1, max_size=8), max_size=30), st.integers(1, 6))
def test_limits_hold(items, max_items):
    for batch in batches(items, max_items, 64):
        assert 1 <= len(batch) <= max_items
        assert sum(map(len, batch)) <= 64


@given(st.lists(st.binary(max_size=40), max_size=30), st.integers(1, 6), st.integers(1, 60))
def test_order_kept(items, max_items, max_bytes):
    assert [r for b in batches(items, max_items, max_bytes) for r in b] == items


def test_oversized_first():
    assert batches([b"x" * 20, b"y"], 5, 10) == [[b"x" * 20], [b"y"]]


@given(st.integers(min_value=0), st.text())
def test_round_trip(index, key):
    assert decode_cursor(encode_cursor(index, key)) == (index, key)


@pytest.mark.parametrize("cursor", ["", "!!!"])
def test_foreign(cursor):
    with pytest.raises(CursorError):
        decode_cursor(cursor)


def test_errors():
    with pytest.raises(ValueError):
        encode_cursor(-1, "")
    with pytest.raises(ValueError):
        batches([], 1, 0)
