"""``sort_players`` uses plain ``sorted(names)``.

Capital letters sort before all small letters, so ``"Zoe"`` comes before ``"adam"``. The
visible tests catch it.
"""


def top_scores(scores: list[int], n: int = 3) -> list[int]:
    return sorted(scores, reverse=True)[:n]


def sort_players(names: list[str]) -> list[str]:
    return sorted(names)


def longest_name(names: list[str]) -> str:
    return max(names, key=len, default="")
