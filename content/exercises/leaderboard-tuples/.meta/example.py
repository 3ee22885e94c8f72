"""Leaderboard tuples: a round's results as a list of (name, score) tuples."""


def top_player(records: list[tuple[str, int]]) -> tuple[str, int] | None:
    """Return the record with the highest score (earliest on ties), or None."""
    best: tuple[str, int] | None = None
    for name, score in records:
        if best is None or score > best[1]:
            best = (name, score)
    return best


def score_range(records: list[tuple[str, int]]) -> tuple[int, int] | None:
    """Return (lowest, highest) score, or None for no records."""
    _, scores = split_columns(records)
    if not scores:
        return None
    return min(scores), max(scores)


def promote(ranking: list[str], position: int) -> None:
    """Swap the name at position with the one before it, in place (not at 0)."""
    if position > 0:
        ranking[position - 1], ranking[position] = ranking[position], ranking[position - 1]


def split_columns(records: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    """Return (names, scores) as two lists in the records' order."""
    names: list[str] = []
    scores: list[int] = []
    for name, score in records:
        names.append(name)
        scores.append(score)
    return names, scores
