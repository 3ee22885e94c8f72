import pytest
from safe_parsing_try_except import parse_all, parse_quantity, safe_ratio


@pytest.mark.task(taskno=1)
def test_parse_quantity_of_numbers() -> None:
    assert parse_quantity("3") == 3, "'3' is the number 3"
    assert parse_quantity(" -2 ") == -2, "int accepts spaces around the number and a sign"
    assert parse_quantity("1_000") == 1000, "int accepts underscores between digits"


@pytest.mark.task(taskno=1)
def test_parse_quantity_of_text_that_is_not_a_number() -> None:
    for text in ["three", "", "2.5", "²"]:
        got = parse_quantity(text)
        assert got is None, f"int({text!r}) raises ValueError, so the answer is None, got {got!r}"


@pytest.mark.task(taskno=2)
def test_safe_ratio_divides() -> None:
    assert safe_ratio(1, 4) == 0.25, "1 / 4"
    assert safe_ratio(-3, 2) == -1.5, "-3 / 2"
    assert safe_ratio(0, 5) == 0, "nothing out of 5"


@pytest.mark.task(taskno=2)
def test_safe_ratio_by_zero_is_none() -> None:
    assert safe_ratio(5, 0) is None, "dividing by zero gives None instead of a crash"
    assert safe_ratio(0, 0.0) is None, "0.0 is zero too"


@pytest.mark.task(taskno=3)
def test_parse_all_splits_good_and_bad() -> None:
    got = parse_all(["4", "four", "10", ""])
    assert got == ([4, 10], ["four", ""]), f"numbers, then rejected texts, got {got}"


@pytest.mark.task(taskno=3)
def test_parse_all_keeps_going_after_a_bad_text() -> None:
    got = parse_all(["x", "1", "y", "2"])
    assert got == ([1, 2], ["x", "y"]), f"one bad text must not stop the others, got {got}"
    assert parse_all([]) == ([], []), "nothing to parse"
