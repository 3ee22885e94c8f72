"""``top_scores`` calls ``scores.sort(reverse=True)``, which reorders the caller's list.

The returned scores are right, but the caller's list is left sorted: a scoreboard that
shows the scores "in the order they came in" next to it is now wrong. The visible tests
catch it.
"""


def top_scores(scores: list[int], n: int = 3) -> list[int]:
    scores.sort(reverse=True)
    return scores[:n]


def sort_players(names: list[str]) -> list[str]:
    return sorted(names, key=str.lower)


def longest_name(names: list[str]) -> str:
    return max(names, key=len, default="")
