"""Updates the best streak only when a bad day ends the current one: a streak that is still
running on the last day is never compared. The visible tests catch it."""


def longest_streak(days: list[int], goal: int) -> int:
    best = 0
    current = 0
    for steps in days:
        if steps >= goal:
            current += 1
        else:
            best = max(best, current)
            current = 0
    return best


def runs(statuses: list[str]) -> list[tuple[str, int]]:
    groups: list[tuple[str, int]] = []
    for status in statuses:
        if groups and groups[-1][0] == status:
            groups[-1] = (status, groups[-1][1] + 1)
        else:
            groups.append((status, 1))
    return groups


def window_sums(values: list[int], size: int) -> list[int]:
    return [sum(values[start : start + size]) for start in range(len(values) - size + 1)]


def busiest_window(values: list[int], size: int) -> int | None:
    sums = window_sums(values, size)
    if not sums:
        return None
    return sums.index(max(sums))
