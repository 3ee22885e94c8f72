import pytest
from streak_tracker import busiest_window, longest_streak, runs, window_sums


@pytest.mark.task(taskno=1)
def test_longest_streak_in_the_middle() -> None:
    got = longest_streak([12000, 3000, 10000, 11000, 10500, 900, 10000], 10000)
    assert got == 3, f"days 3 to 5 make the longest streak, 3 days, got {got}"


@pytest.mark.task(taskno=1)
def test_longest_streak_lasting_until_the_end() -> None:
    got = longest_streak([10000, 200, 10000, 10000, 10000, 10000], 10000)
    assert got == 4, f"the last four days count although no bad day closes them, got {got}"


@pytest.mark.task(taskno=1)
def test_longest_streak_needs_consecutive_days() -> None:
    got = longest_streak([10000, 0, 10000, 0, 10000], 10000)
    assert got == 1, f"three good days, but never two in a row, got {got}"
    assert longest_streak([], 10000) == 0, "no days, no streak"


@pytest.mark.task(taskno=2)
def test_runs_group_consecutive_statuses() -> None:
    got = runs(["up", "up", "down", "down", "down", "up"])
    assert got == [("up", 2), ("down", 3), ("up", 1)], f"got {got}"


@pytest.mark.task(taskno=2)
def test_runs_of_one_group_and_of_nothing() -> None:
    assert runs(["up", "up", "up"]) == [("up", 3)], "one single group, closed after the loop"
    assert runs([]) == [], "no statuses, no groups"


@pytest.mark.task(taskno=3)
def test_window_sums_cover_every_window() -> None:
    got = window_sums([5, 1, 4, 2, 8], 3)
    assert got == [10, 7, 14], f"5+1+4, 1+4+2 and 4+2+8 (the last window too), got {got}"
    assert window_sums([5, 1, 4], 1) == [5, 1, 4], "windows of one are the values"


@pytest.mark.task(taskno=3)
def test_window_sums_when_the_window_is_too_big() -> None:
    assert window_sums([5, 1], 3) == [], "two values hold no window of three"
    assert window_sums([5, 1, 4], 3) == [10], "exactly one window"


@pytest.mark.task(taskno=4)
def test_busiest_window_start() -> None:
    assert busiest_window([5, 1, 4, 2, 8], 3) == 2, "4+2+8 = 14 starts at index 2"
    assert busiest_window([9, 0, 0, 9], 2) == 0, "9+0 and 0+9 tie: the earliest, index 0"
    assert busiest_window([1, 2], 3) is None, "no window at all: None"
