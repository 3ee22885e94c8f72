"""Log level counts: count log lines per level with a dict."""


def count_levels(lines: list[str]) -> dict[str, int]:
    """Return how many lines each level (first word, upper case) has; skip blank lines."""
    raise NotImplementedError("count_levels")


def share_of(counts: dict[str, int], level: str) -> float:
    """Return the percentage of lines with level, rounded to 1 place (0.0 without lines)."""
    raise NotImplementedError("share_of")


def most_frequent(counts: dict[str, int]) -> str | None:
    """Return the level with the highest count (alphabetically first on ties), or None."""
    raise NotImplementedError("most_frequent")


def levels_at_least(counts: dict[str, int], minimum: int) -> list[str]:
    """Return the sorted levels whose count is at least minimum."""
    raise NotImplementedError("levels_at_least")
