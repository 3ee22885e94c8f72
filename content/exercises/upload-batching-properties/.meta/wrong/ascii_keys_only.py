"""Real properties, but the cursor keys are drawn from letters and digits only: a key with
a colon or outside Latin-1 is never generated, so those two bugs pass.

Narrowing a strategy to "realistic" values is how property tests lose their power.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upload_batches import CursorError, batches, decode_cursor, encode_cursor

settings.register_profile("ci", derandomize=True, database=None, max_examples=300)
settings.load_profile("ci")

records = st.lists(st.binary(max_size=40), max_size=30)


@given(records, st.integers(1, 6), st.integers(1, 60))
def test_order_kept(items, max_items, max_bytes):
    assert [r for b in batches(items, max_items, max_bytes) for r in b] == items


@given(records, st.integers(1, 6), st.integers(1, 60))
def test_limits_hold(items, max_items, max_bytes):
    found = batches(items, max_items, max_bytes)
    for batch in found:
        assert 1 <= len(batch) <= max_items
        assert len(batch) == 1 or sum(map(len, batch)) <= max_bytes
    for batch, following in zip(found, found[1:]):
        assert len(batch) == max_items or sum(map(len, batch)) + len(following[0]) > max_bytes


@given(st.integers(min_value=0), st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-"))
def test_round_trip(index, key):
    assert decode_cursor(encode_cursor(index, key)) == (index, key)


def test_negative_index():
    with pytest.raises(ValueError, match="negative"):
        encode_cursor(-5, "k")


@pytest.mark.parametrize("cursor", ["", "!!!"])
def test_foreign(cursor):
    with pytest.raises(CursorError):
        decode_cursor(cursor)


def test_limits_positive():
    with pytest.raises(ValueError, match="positive"):
        batches([], 0, 1)
