"""Puts the ``return`` inside the loop (indented one level too far): the function returns
during the first round, with the first day only. The visible tests catch it."""


def total_steps(days: list[int]) -> int:
    total = 0
    for steps in days:
        total += steps
        return total
    return total


def days_meeting_goal(days: list[int], goal: int) -> int:
    count = 0
    for steps in days:
        if steps >= goal:
            count += 1
    return count


def running_totals(days: list[int]) -> list[int]:
    totals: list[int] = []
    running = 0
    for steps in days:
        running += steps
        totals.append(running)
    return totals


def goal_day_numbers(days: list[int], goal: int) -> list[int]:
    numbers: list[int] = []
    for i in range(len(days)):
        if days[i] >= goal:
            numbers.append(i + 1)
    return numbers
