"""Streak tracker: facts about neighbours in sequences over time."""


def longest_streak(days: list[int], goal: int) -> int:
    """Return the length of the longest run of days with at least goal steps."""
    raise NotImplementedError("longest_streak")


def runs(statuses: list[str]) -> list[tuple[str, int]]:
    """Return (status, count) for each group of consecutive equal statuses."""
    raise NotImplementedError("runs")


def window_sums(values: list[int], size: int) -> list[int]:
    """Return the sum of every window of size consecutive values."""
    raise NotImplementedError("window_sums")


def busiest_window(values: list[int], size: int) -> int | None:
    """Return the start of the window with the largest sum (earliest on ties), or None."""
    raise NotImplementedError("busiest_window")
