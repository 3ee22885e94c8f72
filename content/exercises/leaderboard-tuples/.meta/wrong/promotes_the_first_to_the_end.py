"""Forgets that position 0 has no name above it: ``ranking[0 - 1]`` is ``ranking[-1]``,
the *last* name, so promoting the leader swaps them with the last player. The visible tests
catch it."""


def top_player(records: list[tuple[str, int]]) -> tuple[str, int] | None:
    best: tuple[str, int] | None = None
    for name, score in records:
        if best is None or score > best[1]:
            best = (name, score)
    return best


def score_range(records: list[tuple[str, int]]) -> tuple[int, int] | None:
    if not records:
        return None
    _, lowest = records[0]
    highest = lowest
    for _, score in records:
        if score < lowest:
            lowest = score
        if score > highest:
            highest = score
    return lowest, highest


def promote(ranking: list[str], position: int) -> None:
    ranking[position - 1], ranking[position] = ranking[position], ranking[position - 1]


def split_columns(records: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    names: list[str] = []
    scores: list[int] = []
    for name, score in records:
        names.append(name)
        scores.append(score)
    return names, scores
