import pytest
from unique_visitors import add_visitor, distinct_sorted, has_visited, unique_count


@pytest.mark.task(taskno=1)
def test_unique_count_ignores_repeat_visits() -> None:
    got = unique_count(["u1", "u2", "u1", "u3", "u1"])
    assert got == 3, f"u1, u2 and u3: three different visitors, got {got}"


@pytest.mark.task(taskno=1)
def test_unique_count_of_no_visits_is_zero() -> None:
    assert unique_count([]) == 0, "nobody came"


@pytest.mark.task(taskno=2)
def test_has_visited_checks_membership() -> None:
    visitors = {"u1", "u7"}
    assert has_visited(visitors, "u7") is True, "u7 is in the set"
    assert has_visited(visitors, "u2") is False, "u2 is not in the set"
    assert has_visited(set(), "u1") is False, "an empty set has no members"


@pytest.mark.task(taskno=3)
def test_add_visitor_reports_a_new_visitor() -> None:
    visitors = {"u1"}
    assert add_visitor(visitors, "u2") is True, "u2 is new: True"
    assert visitors == {"u1", "u2"}, f"u2 is now in the set: {visitors}"


@pytest.mark.task(taskno=3)
def test_add_visitor_reports_a_returning_visitor() -> None:
    visitors = {"u1", "u2"}
    assert add_visitor(visitors, "u1") is False, "u1 had visited before: False"
    assert visitors == {"u1", "u2"}, f"the set stays the same: {visitors}"


@pytest.mark.task(taskno=4)
def test_distinct_sorted_lists_each_id_once_in_order() -> None:
    got = distinct_sorted(["u3", "u1", "u3", "u2"])
    assert got == ["u1", "u2", "u3"], f"each id once, sorted, got {got!r}"


@pytest.mark.task(taskno=4)
def test_distinct_sorted_uses_text_order() -> None:
    got = distinct_sorted(["u9", "u10", "u9"])
    assert got == ["u10", "u9"], f"text order puts 'u10' before 'u9', got {got!r}"
    assert distinct_sorted([]) == [], "no visits, no ids"
