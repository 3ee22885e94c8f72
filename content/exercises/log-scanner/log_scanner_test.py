import pytest
from log_scanner import config_lines, first_error, header_length, retries_within

LOG = ["INFO start", "WARN slow", "ERROR db down", "ERROR retry failed"]


@pytest.mark.task(taskno=1)
def test_first_error_is_the_earliest_index() -> None:
    got = first_error(LOG)
    assert got == 2, f"lines count from index 0: the first ERROR is at index 2, got {got!r}"


@pytest.mark.task(taskno=1)
def test_first_error_looks_at_every_line() -> None:
    assert first_error(["INFO a", "INFO b", "ERROR c"]) == 2, "the last line counts too"
    assert first_error(["ERROR a"]) == 0, "the first line is index 0"
    assert first_error(["INFO a", "error b"]) is None, "no line starts with 'ERROR': None"


@pytest.mark.task(taskno=2)
def test_header_length_stops_at_the_first_blank_line() -> None:
    got = header_length(["host: web-1", "date: 2024-05-01", "", "INFO start", ""])
    assert got == 2, f"two header lines come before the first blank line, got {got}"
    assert header_length(["   ", "INFO start"]) == 0, "a line of spaces is blank too"


@pytest.mark.task(taskno=2)
def test_header_length_without_a_blank_line() -> None:
    assert header_length(["a", "b", "c"]) == 3, "no blank line: every line is header"
    assert header_length([]) == 0, "no lines: 0"


@pytest.mark.task(taskno=3)
def test_config_lines_skip_blanks_and_comments() -> None:
    lines = ["# database", "host = db.local", "", "  # port below", "  port = 5432  "]
    got = config_lines(lines)
    assert got == ["host = db.local", "port = 5432"], f"got {got}"


@pytest.mark.task(taskno=3)
def test_config_lines_keep_a_hash_after_the_start() -> None:
    got = config_lines(["colour = #ff0000", "\t", "#"])
    assert got == ["colour = #ff0000"], f"only a # at the start makes a comment, got {got}"


@pytest.mark.task(taskno=4)
def test_retries_within_a_budget() -> None:
    got = retries_within(1, 10)
    assert got == 3, f"waits 1, 2 and 4 (7 in all); 8 more would make 15, got {got}"
    got = retries_within(1, 7)
    assert got == 3, f"1 + 2 + 4 is exactly 7: the third retry still fits, got {got}"


@pytest.mark.task(taskno=4)
def test_retries_within_a_small_budget() -> None:
    assert retries_within(5, 4) == 0, "the first wait (5) is already over a budget of 4"
    assert retries_within(3, 0) == 0, "no budget, no retry"
    assert retries_within(2, 2) == 1, "one wait of 2 fits exactly into 2"
