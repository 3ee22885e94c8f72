"""``score_range`` remembers "nothing found yet" as a falsy value and tests it with
``not lowest`` instead of ``lowest is None``, so a lowest (or highest) score of 0 is
replaced by the next score: ``[("ana", 0), ("ben", 5), ("cleo", 3)]`` gives ``(3, 5)``.

The visible tests have no 0 score before a higher one and pass; the sealed set's rounds
with a 0 best or lowest so far catch it."""


def top_player(records: list[tuple[str, int]]) -> tuple[str, int] | None:
    best = None
    for name, score in records:
        if best is None or score > best[1]:
            best = (name, score)
    return best


def score_range(records: list[tuple[str, int]]) -> tuple[int, int] | None:
    lowest = highest = None
    for _, score in records:
        if not lowest or score < lowest:
            lowest = score
        if not highest or score > highest:
            highest = score
    if lowest is None or highest is None:
        return None
    return lowest, highest


def promote(ranking: list[str], position: int) -> None:
    if position > 0:
        ranking[position - 1], ranking[position] = ranking[position], ranking[position - 1]


def split_columns(records: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    names, scores = [], []
    for name, score in records:
        names.append(name)
        scores.append(score)
    return names, scores
