import pytest
from category_breadcrumbs_recursion import backoff_delay, breadcrumb, depth

PARENTS = {
    "electronics": None,
    "computers": "electronics",
    "laptops": "computers",
    "gaming laptops": "laptops",
    "phones": "electronics",
    "books": None,
}


@pytest.mark.task(taskno=1)
def test_backoff_delay_of_the_first_attempt_is_the_base() -> None:
    assert backoff_delay(1) == 1.0, "attempt 1 waits base seconds (1.0 by default)"
    assert backoff_delay(1, base=0.25) == 0.25, "attempt 1 waits exactly base"


@pytest.mark.task(taskno=1)
def test_backoff_delay_doubles_each_attempt() -> None:
    got = [backoff_delay(attempt) for attempt in range(1, 6)]
    assert got == [1.0, 2.0, 4.0, 8.0, 16.0], f"each attempt waits twice the last, got {got}"
    assert backoff_delay(3, base=0.5) == 2.0, "0.5, then 1.0, then 2.0: pass base along"


@pytest.mark.task(taskno=2)
def test_depth_of_top_level_categories_is_zero() -> None:
    assert depth("books", PARENTS) == 0, "books has no parent: depth 0"
    assert depth("electronics", PARENTS) == 0, "electronics has no parent: depth 0"


@pytest.mark.task(taskno=2)
def test_depth_counts_the_steps_to_the_top() -> None:
    assert depth("phones", PARENTS) == 1, "phones -> electronics: one step"
    got = depth("gaming laptops", PARENTS)
    assert got == 3, f"gaming laptops -> laptops -> computers -> electronics is 3, got {got}"


@pytest.mark.task(taskno=3)
def test_breadcrumb_of_a_top_level_category() -> None:
    got = breadcrumb("books", PARENTS)
    assert got == ["books"], f"a top-level category is its own breadcrumb, got {got}"


@pytest.mark.task(taskno=3)
def test_breadcrumb_runs_from_the_top_down() -> None:
    got = breadcrumb("laptops", PARENTS)
    assert got == ["electronics", "computers", "laptops"], f"top first, got {got}"
    got = breadcrumb("phones", PARENTS)
    assert got == ["electronics", "phones"], f"got {got}"
