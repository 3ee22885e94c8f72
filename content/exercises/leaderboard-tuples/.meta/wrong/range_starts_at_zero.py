"""Starts both the lowest and the highest score at 0 before the loop: when every score is
above 0 the "lowest" stays 0, and when every score is negative the "highest" stays 0. The
visible tests catch it."""


def top_player(records: list[tuple[str, int]]) -> tuple[str, int] | None:
    best: tuple[str, int] | None = None
    for name, score in records:
        if best is None or score > best[1]:
            best = (name, score)
    return best


def score_range(records: list[tuple[str, int]]) -> tuple[int, int] | None:
    if not records:
        return None
    lowest = 0
    highest = 0
    for _, score in records:
        if score < lowest:
            lowest = score
        if score > highest:
            highest = score
    return lowest, highest


def promote(ranking: list[str], position: int) -> None:
    if position > 0:
        ranking[position - 1], ranking[position] = ranking[position], ranking[position - 1]


def split_columns(records: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    names: list[str] = []
    scores: list[int] = []
    for name, score in records:
        names.append(name)
        scores.append(score)
    return names, scores
