"""Property-based tests for upload_batches.py."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upload_batches import CursorError, batches, decode_cursor, encode_cursor

settings.register_profile("grading", derandomize=True, database=None, max_examples=100)
settings.load_profile("grading")

records = st.lists(st.binary(max_size=40), max_size=30)
limits = st.tuples(st.integers(1, 6), st.integers(1, 60))


@given(records, limits)
def test_batches_keep_every_record_in_order(items, limit):
    max_items, max_bytes = limit
    assert [r for batch in batches(items, max_items, max_bytes) for r in batch] == items


@given(records, limits)
def test_no_batch_breaks_a_limit_unless_one_record_is_too_big(items, limit):
    max_items, max_bytes = limit
    for batch in batches(items, max_items, max_bytes):
        assert 1 <= len(batch) <= max_items
        assert len(batch) == 1 or sum(map(len, batch)) <= max_bytes


@given(records, limits)
def test_batches_are_as_full_as_the_limits_allow(items, limit):
    max_items, max_bytes = limit
    found = batches(items, max_items, max_bytes)
    for batch, following in zip(found, found[1:]):
        joined = sum(map(len, batch)) + len(following[0])
        assert len(batch) == max_items or joined > max_bytes


@pytest.mark.parametrize(("max_items", "max_bytes"), [(0, 10), (3, 0)])
def test_limits_must_be_positive(max_items, max_bytes):
    with pytest.raises(ValueError, match="positive"):
        batches([b"x"], max_items, max_bytes)


@given(st.integers(min_value=0), st.text())
def test_a_cursor_round_trips(index, key):
    cursor = encode_cursor(index, key)
    assert decode_cursor(cursor) == (index, key)
    assert "=" not in cursor


@given(st.integers(max_value=-1), st.text())
def test_negative_batch_indexes_are_refused(index, key):
    with pytest.raises(ValueError, match="negative"):
        encode_cursor(index, key)


@pytest.mark.parametrize("cursor", ["", "!!!", "bm90LWEtbnVtYmVy", "/w"])
def test_foreign_cursors_are_refused(cursor):
    with pytest.raises(CursorError):
        decode_cursor(cursor)
