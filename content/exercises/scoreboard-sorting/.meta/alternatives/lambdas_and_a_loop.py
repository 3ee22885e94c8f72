"""A sorted copy reversed by hand, a ``lambda`` key, and a loop that keeps the first of the
longest names (it replaces the best only when a name is strictly longer)."""


def top_scores(scores: list[int], n: int = 3) -> list[int]:
    ascending = sorted(scores)
    ascending.reverse()
    return ascending[:n]


def sort_players(names: list[str]) -> list[str]:
    return sorted(names, key=lambda name: name.lower())


def longest_name(names: list[str]) -> str:
    best = ""
    for name in names:
        if len(name) > len(best):
            best = name
    return best
