"""Property-based tests for upload_batches.py: write yours here (see the instructions)."""

from hypothesis import given
from hypothesis import strategies as st

from upload_batches import batches


@given(st.integers(min_value=1, max_value=5))
def test_no_records_make_no_batches(max_items):
    assert batches([], max_items, 100) == []
