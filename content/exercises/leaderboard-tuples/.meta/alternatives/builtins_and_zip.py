"""Lets the built-ins do the comparing: ``max`` with a key (which keeps the first of equal
items), ``min``/``max`` over the scores, and ``zip(*records)`` to split the columns; the
swap goes through a temporary variable."""


def top_player(records: list[tuple[str, int]]) -> tuple[str, int] | None:
    if not records:
        return None
    return max(records, key=lambda record: record[1])


def score_range(records: list[tuple[str, int]]) -> tuple[int, int] | None:
    if not records:
        return None
    scores = [score for _, score in records]
    return min(scores), max(scores)


def promote(ranking: list[str], position: int) -> None:
    if position == 0:
        return
    above = ranking[position - 1]
    ranking[position - 1] = ranking[position]
    ranking[position] = above


def split_columns(records: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    if not records:
        return [], []
    names, scores = zip(*records, strict=True)
    return list(names), list(scores)
