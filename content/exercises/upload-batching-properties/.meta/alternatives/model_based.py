"""Compares batches with a small model written from the instructions, and checks the
cursor with explicit examples beside the generated ones."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from upload_batches import CursorError, batches, decode_cursor, encode_cursor

settings.register_profile("model", derandomize=True, database=None, max_examples=400)
settings.load_profile("model")


def model(records, max_items, max_bytes):
    found = []
    for record in records:
        last = found[-1] if found else None
        fits = (
            last is not None
            and len(last) < max_items
            and sum(map(len, last)) + len(record) <= max_bytes
        )
        if fits:
            last.append(record)
        else:
            found.append([record])
    return found


@given(
    st.lists(st.binary(max_size=30), max_size=25),
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=1, max_value=40),
)
@example([b"ab", b"cd"], 5, 4)
@example([b"a", b"xxxxxx", b"b"], 5, 3)
def test_batches_match_the_model(records, max_items, max_bytes):
    assert batches(records, max_items, max_bytes) == model(records, max_items, max_bytes)


@given(st.integers(min_value=0, max_value=10**12), st.text(max_size=30))
@example(0, "a:b:c")
@example(7, "café")
@example(7, "日本")
def test_cursors_round_trip(index, key):
    cursor = encode_cursor(index, key)
    assert not cursor.endswith("=")
    assert decode_cursor(cursor) == (index, key)


def test_invalid_arguments():
    with pytest.raises(ValueError, match="positive"):
        batches([b""], 1, 0)
    with pytest.raises(ValueError, match="negative"):
        encode_cursor(-1, "x")


@pytest.mark.parametrize("text", ["", "%%%", "MTI"])
def test_not_cursors(text):
    with pytest.raises(CursorError):
        decode_cursor(text)
