"""Uses ``itertools.groupby`` for the streaks and the runs, and a sliding sum for the
windows (add the value entering the window, subtract the one leaving it) instead of summing
every window again."""

from itertools import groupby


def longest_streak(days: list[int], goal: int) -> int:
    lengths = [len(list(group)) for good, group in groupby(days, key=lambda s: s >= goal) if good]
    return max(lengths, default=0)


def runs(statuses: list[str]) -> list[tuple[str, int]]:
    return [(status, len(list(group))) for status, group in groupby(statuses)]


def window_sums(values: list[int], size: int) -> list[int]:
    if size > len(values):
        return []
    total = sum(values[:size])
    sums = [total]
    for entering in range(size, len(values)):
        total += values[entering] - values[entering - size]
        sums.append(total)
    return sums


def busiest_window(values: list[int], size: int) -> int | None:
    best = None
    for start, total in enumerate(window_sums(values, size)):
        if best is None or total > best[1]:
            best = (start, total)
    return None if best is None else best[0]
