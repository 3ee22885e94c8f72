"""Leaderboard tuples: a round's results as a list of (name, score) tuples."""


def top_player(records: list[tuple[str, int]]) -> tuple[str, int] | None:
    """Return the record with the highest score (earliest on ties), or None."""
    raise NotImplementedError("top_player")


def score_range(records: list[tuple[str, int]]) -> tuple[int, int] | None:
    """Return (lowest, highest) score, or None for no records."""
    raise NotImplementedError("score_range")


def promote(ranking: list[str], position: int) -> None:
    """Swap the name at position with the one before it, in place (not at 0)."""
    raise NotImplementedError("promote")


def split_columns(records: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    """Return (names, scores) as two lists in the records' order."""
    raise NotImplementedError("split_columns")
