"""Step goals: a pedometer's weekly report computed with loops."""


def total_steps(days: list[int]) -> int:
    """Return the sum of the step counts."""
    total = 0
    for steps in days:
        total += steps
    return total


def days_meeting_goal(days: list[int], goal: int) -> int:
    """Return how many days have at least goal steps."""
    count = 0
    for steps in days:
        if steps >= goal:
            count += 1
    return count


def running_totals(days: list[int]) -> list[int]:
    """Return, for each day, the total of that day and the days before it."""
    totals: list[int] = []
    running = 0
    for steps in days:
        running += steps
        totals.append(running)
    return totals


def goal_day_numbers(days: list[int], goal: int) -> list[int]:
    """Return the 1-based numbers of the days with at least goal steps."""
    numbers: list[int] = []
    for i in range(len(days)):
        if days[i] >= goal:
            numbers.append(i + 1)
    return numbers
