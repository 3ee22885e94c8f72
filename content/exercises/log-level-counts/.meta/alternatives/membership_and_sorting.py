"""Counts with an explicit membership test instead of ``get``, totals the values with a
loop, and finds the most frequent level by sorting the items on (minus count, level)."""


def count_levels(lines: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        if not line.strip():
            continue
        level = line.split(maxsplit=1)[0].upper()
        if level in counts:
            counts[level] += 1
        else:
            counts[level] = 1
    return counts


def share_of(counts: dict[str, int], level: str) -> float:
    total = 0
    for count in counts.values():
        total += count
    if not total or level not in counts:
        return 0.0
    return round(100 * counts[level] / total, 1)


def most_frequent(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[0][0]


def levels_at_least(counts: dict[str, int], minimum: int) -> list[str]:
    chosen = [level for level in counts if counts[level] >= minimum]
    chosen.sort()
    return chosen
