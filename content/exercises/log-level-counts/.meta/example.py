"""Log level counts: count log lines per level with a dict."""


def count_levels(lines: list[str]) -> dict[str, int]:
    """Return how many lines each level (first word, upper case) has; skip blank lines."""
    counts: dict[str, int] = {}
    for line in lines:
        words = line.split()
        if words:
            level = words[0].upper()
            counts[level] = counts.get(level, 0) + 1
    return counts


def share_of(counts: dict[str, int], level: str) -> float:
    """Return the percentage of lines with level, rounded to 1 place (0.0 without lines)."""
    total = sum(counts.values())
    if total == 0:
        return 0.0
    return round(counts.get(level, 0) / total * 100, 1)


def most_frequent(counts: dict[str, int]) -> str | None:
    """Return the level with the highest count (alphabetically first on ties), or None."""
    if not counts:
        return None
    highest = max(counts.values())
    tied: list[str] = []
    for level, count in counts.items():
        if count == highest:
            tied.append(level)
    return min(tied)


def levels_at_least(counts: dict[str, int], minimum: int) -> list[str]:
    """Return the sorted levels whose count is at least minimum."""
    levels: list[str] = []
    for level, count in counts.items():
        if count >= minimum:
            levels.append(level)
    return sorted(levels)
