"""Streak tracker: facts about neighbours in sequences over time."""


def longest_streak(days: list[int], goal: int) -> int:
    """Return the length of the longest run of days with at least goal steps."""
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
    """Return (status, count) for each group of consecutive equal statuses."""
    groups: list[tuple[str, int]] = []
    for status in statuses:
        if groups and groups[-1][0] == status:
            groups[-1] = (status, groups[-1][1] + 1)
        else:
            groups.append((status, 1))
    return groups


def window_sums(values: list[int], size: int) -> list[int]:
    """Return the sum of every window of size consecutive values."""
    sums: list[int] = []
    for start in range(len(values) - size + 1):
        sums.append(sum(values[start : start + size]))
    return sums


def busiest_window(values: list[int], size: int) -> int | None:
    """Return the start of the window with the largest sum (earliest on ties), or None."""
    sums = window_sums(values, size)
    if not sums:
        return None
    return sums.index(max(sums))
