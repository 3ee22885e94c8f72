"""Count the most frequent words: importable functions and a command-line script."""

import sys  # the main guard of task 4 uses it


def count_words(text: str) -> dict[str, int]:
    """How often each lower-cased word occurs, in first-seen order."""
    raise NotImplementedError("count_words")


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """At most ``n`` pairs, most frequent first, ties from A to Z."""
    raise NotImplementedError("top_words")


def main(argv: list[str]) -> int:
    """Print the top 3 words of ``argv``; the exit status (2 without words)."""
    raise NotImplementedError("main")


# Task 4: the main guard goes here, at the end of the file.
