"""A quiz scoreboard: scores and players in order."""


def top_scores(scores: list[int], n: int = 3) -> list[int]:
    """The ``n`` highest scores, highest first; ``scores`` is left unchanged."""
    return sorted(scores, reverse=True)[:n]


def sort_players(names: list[str]) -> list[str]:
    """The names in alphabetical order, ignoring case."""
    return sorted(names, key=str.lower)


def longest_name(names: list[str]) -> str:
    """The first of the longest names, or ``""`` for no names."""
    return max(names, key=len, default="")
