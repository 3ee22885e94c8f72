"""Creates the running total inside the loop, so it starts again from 0 every day and the
"running totals" are just the days themselves; the day numbers are the indices (counted
from 0). The visible tests catch both."""


def total_steps(days: list[int]) -> int:
    total = 0
    for steps in days:
        total += steps
    return total


def days_meeting_goal(days: list[int], goal: int) -> int:
    count = 0
    for steps in days:
        if steps >= goal:
            count += 1
    return count


def running_totals(days: list[int]) -> list[int]:
    totals: list[int] = []
    for steps in days:
        running = 0
        running += steps
        totals.append(running)
    return totals


def goal_day_numbers(days: list[int], goal: int) -> list[int]:
    numbers: list[int] = []
    for i in range(len(days)):
        if days[i] >= goal:
            numbers.append(i)
    return numbers
