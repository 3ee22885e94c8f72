import os
import time

import pytest

from fork_join_word_stats import ChunkError, chunked, count_words, fork_join, top_words, word_counts


def slow_total(chunk: list[int]) -> int:
    """Takes longer for chunks that start with a bigger number."""
    time.sleep(chunk[0] / 100)
    return sum(chunk)


def where(chunk: list[int]) -> int:
    return os.getpid()


def checked_total(chunk: list[int]) -> int:
    for amount in chunk:
        if amount < 0:
            time.sleep(-amount / 100)
            raise ValueError(f"negative amount {amount}")
    return sum(chunk)


@pytest.mark.task(taskno=1)
def test_chunked() -> None:
    assert chunked([1, 2, 3, 4, 5, 6, 7], 3) == [[1, 2, 3], [4, 5, 6], [7]]
    assert chunked("abcd", 2) == [["a", "b"], ["c", "d"]]
    assert chunked([], 5) == []
    with pytest.raises(ValueError, match="size"):
        chunked([1], 0)


@pytest.mark.task(taskno=2)
def test_fork_join_keeps_the_order_of_the_chunks() -> None:
    chunks = [[40, 1], [20, 2], [1, 3], [10, 4]]
    assert fork_join(slow_total, chunks, workers=2) == [41, 22, 4, 14], (
        "results in chunk order, not in the order the workers finished"
    )
    assert fork_join(slow_total, [], workers=2) == []


@pytest.mark.task(taskno=2)
def test_fork_join_runs_in_worker_processes() -> None:
    pids = fork_join(where, [[1], [2], [3]], workers=2)
    assert os.getpid() not in pids, "processes, not threads: the work must leave this process"
    with pytest.raises(ValueError, match="workers"):
        fork_join(where, [[1]], workers=0)


@pytest.mark.task(taskno=2)
def test_the_first_failing_chunk_is_reported() -> None:
    chunks = [[1, 2], [-50, 3], [4], [-1], [5]]
    with pytest.raises(ChunkError) as caught:
        fork_join(checked_total, chunks, workers=2)
    error = caught.value
    assert error.index == 1, "chunk 1 fails (slowly) before chunk 3 in chunk order"
    assert str(error) == "chunk 1 failed: ValueError: negative amount -50"
    assert isinstance(error.error, ValueError) and error.__cause__ is error.error


@pytest.mark.task(taskno=3)
def test_count_words() -> None:
    got = count_words(["The cat, the hat.", "  ", "Cat's (hat)!", "--"])
    assert got == {"the": 2, "cat": 1, "hat": 2, "cat's": 1}


@pytest.mark.task(taskno=3)
def test_word_counts_add_up_the_chunks() -> None:
    lines = ["to be or not to be", "to do is to be", "be quick"] * 5
    got = word_counts(lines, chunk_size=2, workers=2)
    assert got == {"to": 20, "be": 20, "or": 5, "not": 5, "do": 5, "is": 5, "quick": 5}, (
        "add the counts of every chunk, do not overwrite them"
    )


@pytest.mark.task(taskno=3)
def test_top_words_breaks_ties_alphabetically() -> None:
    counts = {"be": 3, "to": 4, "or": 1, "and": 3, "not": 1}
    assert top_words(counts, 3) == [("to", 4), ("and", 3), ("be", 3)]
    assert top_words(counts, 0) == []
