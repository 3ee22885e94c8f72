"""Never resets the current streak on a bad day, so it counts every good day of the whole
period; and the busiest window keeps the *last* of equal sums (``>=``). The visible tests
catch both."""


def longest_streak(days: list[int], goal: int) -> int:
    best = 0
    current = 0
    for steps in days:
        if steps >= goal:
            current += 1
            best = max(best, current)
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
    best = None
    best_sum = 0
    for start, total in enumerate(window_sums(values, size)):
        if best is None or total >= best_sum:
            best, best_sum = start, total
    return best
