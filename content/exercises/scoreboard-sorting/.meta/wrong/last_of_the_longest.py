"""``longest_name`` sorts by length and takes the last name.

Among names of the same length, the stable sort keeps their order, so the last one wins
instead of the first; and an empty list raises ``IndexError``. The visible tests catch it.
"""


def top_scores(scores: list[int], n: int = 3) -> list[int]:
    return sorted(scores, reverse=True)[:n]


def sort_players(names: list[str]) -> list[str]:
    return sorted(names, key=str.lower)


def longest_name(names: list[str]) -> str:
    return sorted(names, key=len)[-1]
