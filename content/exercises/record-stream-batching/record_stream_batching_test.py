from collections.abc import Iterator
from itertools import count

import pytest
from record_stream_batching import batched, fixed_width_batches, flatten, padded, page


def tracked(n: int, pulled: list[int]) -> Iterator[int]:
    """Yield 0..n-1 and remember how many items were pulled."""
    for item in range(n):
        pulled.append(item)
        yield item


@pytest.mark.task(taskno=1)
def test_batched_splits_with_a_short_last_batch() -> None:
    got = list(batched(range(7), 3))
    assert got == [[0, 1, 2], [3, 4, 5], [6]], f"7 records in threes, got {got}"
    assert list(batched(range(6), 3)) == [[0, 1, 2], [3, 4, 5]], "no empty trailing batch"
    assert list(batched("ab", 1)) == [["a"], ["b"]], "size 1 gives singletons"
    assert list(batched([], 4)) == [], "an empty stream has no batches"


@pytest.mark.task(taskno=1)
def test_batched_is_lazy_and_works_on_infinite_streams() -> None:
    batches = batched(count(), 2)
    assert next(batches) == [0, 1] and next(batches) == [2, 3], "pulls only what is needed"
    pulled: list[int] = []
    first = next(batched(tracked(100, pulled), 5))
    assert first == [0, 1, 2, 3, 4] and pulled == [0, 1, 2, 3, 4], "reads one batch at a time"


@pytest.mark.task(taskno=1)
def test_batched_rejects_bad_sizes_immediately() -> None:
    for size in (0, -1):
        with pytest.raises(ValueError):
            batched([1, 2], size)  # no next(): the error comes at call time


@pytest.mark.task(taskno=2)
def test_page_returns_the_requested_slice() -> None:
    records = [f"r{i}" for i in range(10)]
    assert page(records, 1, 4) == ["r0", "r1", "r2", "r3"], "first page"
    assert page(records, 3, 4) == ["r8", "r9"], "last page is short"
    assert page(records, 4, 4) == [], "past the end is empty"
    assert page(records, 10, 1) == ["r9"], "one record per page"


@pytest.mark.task(taskno=2)
def test_page_stops_reading_at_the_end_of_the_page() -> None:
    pulled: list[int] = []
    assert page(tracked(1000, pulled), 2, 3) == [3, 4, 5], "page 2 of 3"
    assert pulled == [0, 1, 2, 3, 4, 5], f"must not read beyond the page, pulled {len(pulled)}"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(("number", "per_page"), [(0, 5), (1, 0), (-1, 5)])
def test_page_rejects_bad_arguments(number: int, per_page: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        page(range(10), number, per_page)


@pytest.mark.task(taskno=3)
def test_flatten_chains_pages_lazily() -> None:
    assert list(flatten([[1, 2], [], [3], (4, 5)])) == [1, 2, 3, 4, 5], "pages in order"
    assert list(flatten([])) == [], "no pages"
    endless = flatten([x, x + 1] for x in count(0, 10))
    assert [next(endless) for _ in range(5)] == [0, 1, 10, 11, 20], "works on endless pages"


@pytest.mark.task(taskno=4)
def test_padded_fills_up_to_the_size() -> None:
    assert padded([1, 2], 5, 0) == [1, 2, 0, 0, 0], "three fillers"
    assert padded([1, 2], 2, 0) == [1, 2], "a full batch is unchanged"
    assert padded([], 2, None) == [None, None], "an empty batch is all filler"
    with pytest.raises(ValueError):
        padded([1, 2, 3], 2, 0)


@pytest.mark.task(taskno=4)
def test_padded_returns_a_new_list() -> None:
    batch = [1]
    got = padded(batch, 3, 0)
    assert batch == [1] and got is not batch, "the input batch must not be modified"


@pytest.mark.task(taskno=4)
def test_fixed_width_batches_pads_only_the_last_batch() -> None:
    got = fixed_width_batches("abcde", 2, "-")
    assert got == [["a", "b"], ["c", "d"], ["e", "-"]], f"got {got}"
    assert fixed_width_batches([], 3, 0) == [], "no records, no batches"


@pytest.mark.task(taskno=4)
def test_fixed_width_batches_adds_no_filler_when_the_stream_fills_the_last_batch() -> None:
    got = fixed_width_batches((letter for letter in "abcd"), 2, "-")
    assert got == [["a", "b"], ["c", "d"]], f"4 records in twos need no filler, got {got}"
