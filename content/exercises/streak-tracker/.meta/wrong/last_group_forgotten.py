"""Appends a group only when the status changes and forgets the group still open when the
loop ends: the last run of statuses never makes it into the result. The visible tests catch
it."""


def longest_streak(days: list[int], goal: int) -> int:
    best = 0
    current = 0
    for steps in days:
        if steps >= goal:
            current += 1
            best = max(best, current)
        else:
            current = 0
    return best


def runs(statuses: list[str]) -> list[tuple[str, int]]:
    groups: list[tuple[str, int]] = []
    previous = None
    count = 0
    for status in statuses:
        if status == previous:
            count += 1
        else:
            if previous is not None:
                groups.append((previous, count))
            previous = status
            count = 1
    return groups


def window_sums(values: list[int], size: int) -> list[int]:
    return [sum(values[start : start + size]) for start in range(len(values) - size + 1)]


def busiest_window(values: list[int], size: int) -> int | None:
    sums = window_sums(values, size)
    if not sums:
        return None
    return sums.index(max(sums))
