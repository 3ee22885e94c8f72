import pytest
from log_level_counts import count_levels, levels_at_least, most_frequent, share_of

LINES = ["INFO server started", "warn disk at 81%", "ERROR timeout", "", "INFO ok"]


@pytest.mark.task(taskno=1)
def test_count_levels_counts_first_words() -> None:
    got = count_levels(LINES)
    assert got == {"INFO": 2, "WARN": 1, "ERROR": 1}, f"got {got}"


@pytest.mark.task(taskno=1)
def test_count_levels_ignores_case_and_blank_lines() -> None:
    got = count_levels(["Error a", "error b", "   ", "\tERROR c"])
    assert got == {"ERROR": 3}, f"Error, error and ERROR are one level; blanks don't count: {got}"
    assert count_levels([]) == {}, "no lines: an empty dict"


@pytest.mark.task(taskno=2)
def test_share_of_is_a_percentage() -> None:
    counts = {"INFO": 2, "WARN": 1, "ERROR": 1}
    assert share_of(counts, "INFO") == 50.0, "2 of 4 lines: 50.0 %"
    got = share_of({"INFO": 2, "WARN": 1}, "WARN")
    assert got == 33.3, f"1 of 3 lines is 33.333... %, rounded to 33.3, got {got}"


@pytest.mark.task(taskno=2)
def test_share_of_missing_levels_and_no_lines() -> None:
    assert share_of({"INFO": 2}, "DEBUG") == 0.0, "no DEBUG line: 0.0 %"
    assert share_of({}, "INFO") == 0.0, "no lines at all: 0.0 % (not a division by zero)"


@pytest.mark.task(taskno=3)
def test_most_frequent_level() -> None:
    got = most_frequent({"INFO": 2, "WARN": 5, "ERROR": 1})
    assert got == "WARN", f"WARN has the most lines, got {got!r}"
    assert most_frequent({}) is None, "no levels: None"


@pytest.mark.task(taskno=3)
def test_most_frequent_tie_goes_to_the_alphabetically_first() -> None:
    got = most_frequent({"WARN": 3, "INFO": 3, "ERROR": 1})
    assert got == "INFO", f"INFO and WARN tie; INFO comes first alphabetically, got {got!r}"


@pytest.mark.task(taskno=4)
def test_levels_at_least_a_minimum() -> None:
    counts = {"WARN": 1, "INFO": 7, "ERROR": 2}
    assert levels_at_least(counts, 2) == ["ERROR", "INFO"], "ERROR (2) and INFO (7), sorted"
    assert levels_at_least(counts, 1) == ["ERROR", "INFO", "WARN"], "every level, sorted"
    assert levels_at_least(counts, 8) == [], "no level has 8 lines"
