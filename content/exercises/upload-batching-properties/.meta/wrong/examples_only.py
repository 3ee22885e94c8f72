"""Hand-picked examples and no property: each case is plausible, but none has an exact
fit, a key with a colon or an accent, so most planted bugs pass (and the structural
requirement of a Hypothesis test fails).

The suite people write before they meet property-based testing.
"""

import pytest

from upload_batches import CursorError, batches, decode_cursor, encode_cursor


def test_small_batches():
    assert batches([b"a", b"b", b"c"], 2, 100) == [[b"a", b"b"], [b"c"]]


def test_big_record_alone():
    assert batches([b"x" * 50], 3, 10) == [[b"x" * 50]]


def test_round_trip():
    assert decode_cursor(encode_cursor(3, "order-1")) == (3, "order-1")


@pytest.mark.parametrize(("max_items", "max_bytes"), [(0, 1), (1, 0)])
def test_limits(max_items, max_bytes):
    with pytest.raises(ValueError):
        batches([], max_items, max_bytes)


def test_negative_index():
    with pytest.raises(ValueError):
        encode_cursor(-1, "k")


def test_bad_cursor():
    with pytest.raises(CursorError):
        decode_cursor("!!!")
