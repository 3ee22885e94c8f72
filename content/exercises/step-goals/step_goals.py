"""Step goals: a pedometer's weekly report computed with loops."""


def total_steps(days: list[int]) -> int:
    """Return the sum of the step counts."""
    raise NotImplementedError("total_steps")


def days_meeting_goal(days: list[int], goal: int) -> int:
    """Return how many days have at least goal steps."""
    raise NotImplementedError("days_meeting_goal")


def running_totals(days: list[int]) -> list[int]:
    """Return, for each day, the total of that day and the days before it."""
    raise NotImplementedError("running_totals")


def goal_day_numbers(days: list[int], goal: int) -> list[int]:
    """Return the 1-based numbers of the days with at least goal steps."""
    raise NotImplementedError("goal_day_numbers")
