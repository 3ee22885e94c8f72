"""Uses the built-ins where they fit (``sum``, ``len`` of a filtered list), a ``while``
loop with its own index for the running totals, and ``enumerate(days, start=1)`` for the
day numbers."""


def total_steps(days: list[int]) -> int:
    return sum(days)


def days_meeting_goal(days: list[int], goal: int) -> int:
    return len([steps for steps in days if steps >= goal])


def running_totals(days: list[int]) -> list[int]:
    totals: list[int] = []
    index = 0
    while index < len(days):
        previous = totals[-1] if totals else 0
        totals.append(previous + days[index])
        index += 1
    return totals


def goal_day_numbers(days: list[int], goal: int) -> list[int]:
    return [number for number, steps in enumerate(days, start=1) if steps >= goal]
