"""A quiz scoreboard: scores and players in order."""


def top_scores(scores: list[int], n: int = 3) -> list[int]:
    """The ``n`` highest scores, highest first; ``scores`` is left unchanged."""
    raise NotImplementedError("top_scores")


def sort_players(names: list[str]) -> list[str]:
    """The names in alphabetical order, ignoring case."""
    raise NotImplementedError("sort_players")


def longest_name(names: list[str]) -> str:
    """The first of the longest names, or ``""`` for no names."""
    raise NotImplementedError("longest_name")
