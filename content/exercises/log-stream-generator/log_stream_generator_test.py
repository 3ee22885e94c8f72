from collections.abc import Iterator

import pytest
from log_stream_generator import batches, log_levels, running_total

LOG = [
    "2024-05-01 12:00:03 ERROR db timeout\n",
    "   \n",
    "2024-05-01 12:00:04 INFO request served\n",
    "",
    "2024-05-01 12:00:09 WARNING disk 91% full\n",
]


class Stream:
    """A long source that counts how many items were read from it."""

    def __init__(self, items: list) -> None:
        self.items = items
        self.read = 0

    def __iter__(self) -> Iterator:
        for item in self.items:
            self.read += 1
            yield item


@pytest.mark.task(taskno=1)
def test_log_levels_skip_blank_lines() -> None:
    got = list(log_levels(LOG))
    assert got == ["ERROR", "INFO", "WARNING"], f"one level per non-blank line, got {got}"
    assert list(log_levels([])) == [], "no lines, no levels"


@pytest.mark.task(taskno=1)
def test_log_levels_is_lazy() -> None:
    stream = Stream(LOG * 1000)
    levels = log_levels(stream)
    assert stream.read == 0, "calling a generator function runs none of its body yet"
    assert next(levels) == "ERROR", "the first level"
    assert next(levels) == "INFO", "the second level, after a blank line"
    assert stream.read == 3, (
        f"two levels need only the first three lines, but {stream.read} were read: "
        "yield each level instead of building a list"
    )


@pytest.mark.task(taskno=2)
def test_running_total() -> None:
    got = list(running_total([5, 10, -3]))
    assert got == [5, 15, 12], f"5, then 5 + 10, then 15 - 3; got {got}"
    assert list(running_total([])) == [], "no amounts, no totals"
    assert list(running_total([0.5, 0.25])) == [0.5, 0.75], "floats add up too"


@pytest.mark.task(taskno=2)
def test_running_total_is_lazy() -> None:
    stream = Stream(list(range(1, 10_001)))
    totals = running_total(stream)
    got = [next(totals), next(totals), next(totals)]
    assert got == [1, 3, 6], f"1, 1 + 2, 1 + 2 + 3; got {got}"
    assert stream.read == 3, f"three totals need three amounts, {stream.read} were read"


@pytest.mark.task(taskno=3)
def test_batches_of_two() -> None:
    got = list(batches(["a", "b", "c", "d", "e"], 2))
    assert got == [["a", "b"], ["c", "d"], ["e"]], f"the last batch may be shorter, got {got}"
    assert list(batches(["a", "b"], 2)) == [["a", "b"]], "no empty batch at the end"
    assert list(batches([], 3)) == [], "no items, no batch"


@pytest.mark.task(taskno=3)
def test_batches_are_yielded_as_soon_as_they_are_full() -> None:
    stream = Stream(list(range(10_000)))
    groups = batches(stream, 3)
    assert next(groups) == [0, 1, 2], "the first full batch"
    assert stream.read == 3, f"one batch of 3 needs 3 items, {stream.read} were read"


@pytest.mark.task(taskno=3)
def test_batches_are_new_lists() -> None:
    groups = batches([1, 2, 3, 4], 2)
    first = next(groups)
    second = next(groups)
    assert (first, second) == ([1, 2], [3, 4]), (
        f"the caller keeps each batch: emptying a batch after yielding it changes theirs too; "
        f"got {first} and {second}"
    )
