import pytest
from step_goals import days_meeting_goal, goal_day_numbers, running_totals, total_steps

WEEK = [4000, 10000, 12500, 9999, 3000, 0, 11000]


@pytest.mark.task(taskno=1)
def test_total_steps_adds_every_day() -> None:
    got = total_steps(WEEK)
    assert got == 50499, f"all seven days together walked 50499 steps, got {got}"
    assert total_steps([]) == 0, "no days, no steps"


@pytest.mark.task(taskno=2)
def test_days_meeting_goal_counts_at_least_the_goal() -> None:
    got = days_meeting_goal(WEEK, 10000)
    assert got == 3, (
        f"10000, 12500 and 11000 meet a goal of 10000 (exactly 10000 counts), got {got}"
    )


@pytest.mark.task(taskno=2)
def test_days_meeting_goal_when_no_day_does() -> None:
    assert days_meeting_goal(WEEK, 20000) == 0, "no day reached 20000 steps"
    assert days_meeting_goal([], 1) == 0, "no days: 0"


@pytest.mark.task(taskno=3)
def test_running_totals_add_up_day_by_day() -> None:
    got = running_totals([3000, 5000, 2000])
    assert got == [3000, 8000, 10000], f"3000, then 3000 + 5000, then + 2000, got {got}"


@pytest.mark.task(taskno=3)
def test_running_totals_of_no_days() -> None:
    assert running_totals([]) == [], "no days: an empty list"
    assert running_totals([0, 0]) == [0, 0], "days without steps keep the total at 0"


@pytest.mark.task(taskno=4)
def test_goal_day_numbers_count_from_one() -> None:
    got = goal_day_numbers(WEEK, 10000)
    assert got == [2, 3, 7], f"days 2, 3 and 7 (the last day counts too), got {got}"


@pytest.mark.task(taskno=4)
def test_goal_day_numbers_of_the_first_day() -> None:
    got = goal_day_numbers([15000, 200], 10000)
    assert got == [1], f"the first day is day 1, got {got}"
    assert goal_day_numbers([], 10000) == [], "no days: an empty list"
